using System.Numerics;
using System.Runtime.InteropServices;

namespace Maia.Sre.Ci.Resolution;

/// <summary>
/// A set of distinct paths, each numbered in the order it was added, that answers look-ups by span: a reference's
/// candidate path is built in a stack buffer and looked up without making a string of it. Open addressing with linear
/// probing over one array of (path, hash, number) slots, so a look-up reads one slot and then the path's own characters
/// (only when the full 32-bit hash matches): two memory reads where a dictionary needs three (bucket, entry, key), which
/// is what a look-up costs once 100,000 paths no longer fit the CPU caches. Ordinal, case-sensitive.
/// </summary>
internal sealed class PathTable
{
    private readonly List<string> paths;
    private Slot[] slots;
    private int mask;

    /// <summary>Creates an empty table sized for about <paramref name="capacity"/> paths.</summary>
    public PathTable(int capacity = 0)
    {
        paths = new List<string>(capacity);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2));
        slots = new Slot[size];
        mask = size - 1;
    }

    /// <summary>Number of paths.</summary>
    public int Count => paths.Count;

    /// <summary>The paths, numbered by their place in this list.</summary>
    public IReadOnlyList<string> Paths => paths;

    /// <summary>Adds <paramref name="path"/> unless present; true when it was added (its number is then <see cref="Count"/> - 1).</summary>
    public bool Add(string path)
    {
        var hash = Hash(path);
        var i = hash & mask;
        while (slots[i].Number != 0)
        {
            if (slots[i].Hash == hash && string.Equals(slots[i].Path, path, StringComparison.Ordinal))
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        paths.Add(path);
        slots[i] = new Slot(path, hash, paths.Count);
        if (paths.Count * 2 > slots.Length)
        {
            Grow();
        }

        return true;
    }

    /// <summary>The number of <paramref name="path"/>, or -1 when it is not in the table.</summary>
    public int IndexOf(ReadOnlySpan<char> path) => Find(path, out _);

    /// <summary>
    /// The number of <paramref name="path"/>, or -1 when it is not in the table; <paramref name="found"/> is then the
    /// table's own string for it (read from the slot, without another memory access), else null.
    /// </summary>
    public int Find(ReadOnlySpan<char> path, out string? found)
    {
        var hash = Hash(path);
        var i = hash & mask;
        while (true)
        {
            var slot = slots[i];
            if (slot.Number == 0)
            {
                found = null;
                return -1;
            }

            if (slot.Hash == hash && path.SequenceEqual(slot.Path))
            {
                found = slot.Path;
                return slot.Number - 1;
            }

            i = (i + 1) & mask;
        }
    }

    private void Grow()
    {
        var grown = new Slot[slots.Length * 2];
        var grownMask = grown.Length - 1;
        foreach (var slot in slots)
        {
            if (slot.Number == 0)
            {
                continue;
            }

            var i = slot.Hash & grownMask;
            while (grown[i].Number != 0)
            {
                i = (i + 1) & grownMask;
            }

            grown[i] = slot;
        }

        slots = grown;
        mask = grownMask;
    }

    /// <summary>
    /// A 32-bit hash of the characters, four at a time (multiply, rotate, xor), with a final mix so the low bits used
    /// for the slot depend on every character. Not randomized: the paths are the repository's own.
    /// </summary>
    internal static int Hash(ReadOnlySpan<char> text)
    {
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        var hash = (ulong)text.Length * Prime;
        var words = MemoryMarshal.Cast<char, ulong>(text);
        foreach (var word in words)
        {
            hash = BitOperations.RotateLeft((hash ^ word) * Prime, 29);
        }

        for (var i = words.Length * 4; i < text.Length; i++)
        {
            hash = BitOperations.RotateLeft((hash ^ text[i]) * Prime, 29);
        }

        hash ^= hash >> 32;
        hash *= Prime;
        return (int)(hash >> 32);
    }

    /// <summary>One slot: the path, its hash, and its number plus one (0 marks an empty slot).</summary>
    private readonly record struct Slot(string Path, int Hash, int Number);
}
