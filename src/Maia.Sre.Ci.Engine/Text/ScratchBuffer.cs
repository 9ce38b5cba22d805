using System.Buffers;
using System.Runtime.InteropServices;

namespace Maia.Sre.Ci.Text;

/// <summary>
/// Memory for one file's work (its bytes, its text, its line table), given back when the file is done. A small buffer
/// is rented from <see cref="ArrayPool{T}.Shared"/>; a large one (over <see cref="PooledBytesAtMost"/> bytes) is
/// allocated outside the garbage-collected heap. A pooled array that large would live on the large-object heap, and
/// every array the pool has to make there counts against that heap's allocation budget, whose overrun starts a full
/// (generation 2) collection: a few large documents in a scan then cost a full collection each, which also stops every
/// other thread's scanning. Native memory is freed at once and never collected.
/// </summary>
/// <remarks>
/// A mutable struct that owns memory: keep it in a field or a local and never copy it; <see cref="Dispose"/> exactly once.
/// </remarks>
/// <typeparam name="T">An unmanaged element type.</typeparam>
internal unsafe struct ScratchBuffer<T> : IDisposable
    where T : unmanaged
{
    /// <summary>
    /// The largest buffer rented from the pool, in bytes: the pool hands out powers of two, and 64 KiB is the largest
    /// below the 85,000 bytes from which an array goes to the large-object heap.
    /// </summary>
    public const int PooledBytesAtMost = 64 * 1024;

    private T[]? array;
    private T* native;

    private ScratchBuffer(T[] array)
    {
        this.array = array;
        Length = array.Length;
    }

    private ScratchBuffer(T* native, int length)
    {
        this.native = native;
        Length = length;
    }

    /// <summary>The number of elements, at least the length asked for (0 once disposed).</summary>
    public int Length { get; private set; }

    /// <summary>The elements; their values are undefined until written.</summary>
    public readonly Span<T> Span => array is not null ? array : new Span<T>(native, Length);

    /// <summary>A buffer of at least <paramref name="minimumLength"/> elements.</summary>
    public static ScratchBuffer<T> Rent(int minimumLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minimumLength);
        return (long)minimumLength * sizeof(T) <= PooledBytesAtMost
            ? new ScratchBuffer<T>(ArrayPool<T>.Shared.Rent(minimumLength))
            : new ScratchBuffer<T>((T*)NativeMemory.Alloc((nuint)minimumLength, (nuint)sizeof(T)), minimumLength);
    }

    /// <summary>
    /// Replaces this buffer with one of at least <paramref name="minimumLength"/> elements that starts with the first
    /// <paramref name="used"/> elements of this one.
    /// </summary>
    public void Grow(int minimumLength, int used)
    {
        var bigger = Rent(minimumLength);
        Span[..used].CopyTo(bigger.Span);
        Dispose();
        this = bigger;
    }

    /// <summary>Gives the memory back; the buffer is then empty.</summary>
    public void Dispose()
    {
        if (array is not null)
        {
            ArrayPool<T>.Shared.Return(array);
        }
        else if (native is not null)
        {
            NativeMemory.Free(native);
        }

        array = null;
        native = null;
        Length = 0;
    }
}
