using Maia.Sre.Ci.Text;

namespace Maia.Sre.Ci.Engine.Tests;

/// <summary><see cref="ScratchBuffer{T}"/>: pooled or native by size, growth keeps what was written, disposal empties it.</summary>
public sealed class ScratchBufferTests
{
    [TestCase(0)]
    [TestCase(1)]
    [TestCase(ScratchBuffer<int>.PooledBytesAtMost / sizeof(int))]
    [TestCase(ScratchBuffer<int>.PooledBytesAtMost / sizeof(int) + 1)]
    [TestCase(1_000_000)]
    public void A_buffer_holds_at_least_what_was_asked_and_keeps_what_is_written(int length)
    {
        var buffer = ScratchBuffer<int>.Rent(length);
        try
        {
            Assert.That(buffer.Length, Is.GreaterThanOrEqualTo(length));
            Assert.That(buffer.Span.Length, Is.EqualTo(buffer.Length));
            for (var i = 0; i < length; i++)
            {
                buffer.Span[i] = i * 7;
            }

            Assert.That(Enumerable.Range(0, length).All(i => buffer.Span[i] == i * 7), Is.True);
        }
        finally
        {
            buffer.Dispose();
        }

        Assert.That(buffer.Length, Is.Zero);
        buffer.Dispose(); // a second disposal does nothing
    }

    [Test]
    public void Growing_from_pooled_to_native_keeps_the_used_elements()
    {
        var buffer = ScratchBuffer<char>.Rent(16);
        for (var i = 0; i < 16; i++)
        {
            buffer.Span[i] = (char)('a' + i);
        }

        buffer.Grow(200_000, 16);
        Assert.That(buffer.Length, Is.GreaterThanOrEqualTo(200_000));
        Assert.That(buffer.Span[..16].ToString(), Is.EqualTo("abcdefghijklmnop"));
        buffer.Span[199_999] = 'z';
        buffer.Grow(400_000, 200_000);
        Assert.Multiple(() =>
        {
            Assert.That(buffer.Span[..16].ToString(), Is.EqualTo("abcdefghijklmnop"));
            Assert.That(buffer.Span[199_999], Is.EqualTo('z'));
        });
        buffer.Dispose();
    }

    [Test]
    public void A_negative_length_is_refused()
    {
        Assert.That(() => ScratchBuffer<byte>.Rent(-1), Throws.InstanceOf<ArgumentOutOfRangeException>());
    }
}
