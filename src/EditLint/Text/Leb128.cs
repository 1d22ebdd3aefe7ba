using System.Buffers;

namespace EditLint.Text;

/// <summary>
/// Unsigned numbers in as few bytes as they need (LEB128: seven bits a byte, the high bit set on all but the last): the
/// small numbers a run keeps for every article (the comparison's places, indices and differences, a packed text's line
/// lengths) take one or two bytes.
/// </summary>
public static class Leb128
{
    /// <summary>Appends <paramref name="value"/> to <paramref name="buffer"/>.</summary>
    public static void Write(ArrayBufferWriter<byte> buffer, uint value)
    {
        var span = buffer.GetSpan(5);
        var i = 0;
        while (value >= 0x80)
        {
            span[i++] = (byte)(value | 0x80);
            value >>= 7;
        }
        span[i++] = (byte)value;
        buffer.Advance(i);
    }

    /// <summary>The number at <paramref name="at"/> in <paramref name="bytes"/>, and <paramref name="at"/> moved past it.</summary>
    public static uint Read(byte[] bytes, ref int at)
    {
        uint value = 0;
        for (var shift = 0; ; shift += 7)
        {
            var b = bytes[at++];
            value |= (uint)(b & 0x7F) << shift;
            if (b < 0x80)
                return value;
        }
    }
}
