using System.Text;
using EditLint.Text;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace EditLint.Configuration;

/// <summary>
/// A YAML text's parsing events, written as bytes and replayed. The packs EditLint ships are parsed when it is built
/// (<c>src/EditLint.PackCompiler</c>) and replayed when it starts: reading them then needs none of YamlDotNet's scanner
/// and parser (53 fewer methods compiled by the JIT, 5–7 ms of a one-file run). A replay gives the events parsing gave,
/// marks included, so the nodes and every position a problem points at are the same.
/// </summary>
internal static class YamlEvents
{
    // The format's version, then the text's length and hash (Fnv1a): events are replayed only for the text they were read from.
    private const byte Version = 2;

    private enum Kind : byte
    {
        StreamStart = 1,
        StreamEnd,
        DocumentStart,
        DocumentEnd,
        MappingStart,
        MappingEnd,
        SequenceStart,
        SequenceEnd,
        Scalar,
        Alias,
    }

    /// <summary>
    /// The events of <paramref name="text"/> as <see cref="YamlFile.Load(string)"/> reads them. Throws
    /// <see cref="YamlException"/> where the text is not YAML, and <see cref="NotSupportedException"/> for a
    /// <c>%YAML</c> or <c>%TAG</c> directive (no shipped pack has one; the parser lists the default handles "!" and "!!"
    /// for every document).
    /// </summary>
    public static byte[] Record(string text)
    {
        using var bytes = new MemoryStream();
        using var writer = new BinaryWriter(bytes, Encoding.UTF8);
        writer.Write(Version);
        writer.Write(text.Length);
        writer.Write(Fnv1a.Of(text));
        var parser = new BoundedParser(new Parser(new StringReader(text)));
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            switch (e)
            {
                case StreamStart:
                    writer.Write((byte)Kind.StreamStart);
                    break;
                case StreamEnd:
                    writer.Write((byte)Kind.StreamEnd);
                    break;
                case DocumentStart start:
                    if (start.Version is not null || start.Tags?.Any(t => t.Handle is not ("!" or "!!")) == true)
                        throw new NotSupportedException("a %YAML or %TAG directive");
                    writer.Write((byte)Kind.DocumentStart);
                    writer.Write(start.IsImplicit);
                    break;
                case DocumentEnd end:
                    writer.Write((byte)Kind.DocumentEnd);
                    writer.Write(end.IsImplicit);
                    break;
                case MappingStart map:
                    writer.Write((byte)Kind.MappingStart);
                    WriteNode(writer, map);
                    writer.Write(map.IsImplicit);
                    writer.Write((byte)map.Style);
                    break;
                case MappingEnd:
                    writer.Write((byte)Kind.MappingEnd);
                    break;
                case SequenceStart list:
                    writer.Write((byte)Kind.SequenceStart);
                    WriteNode(writer, list);
                    writer.Write(list.IsImplicit);
                    writer.Write((byte)list.Style);
                    break;
                case SequenceEnd:
                    writer.Write((byte)Kind.SequenceEnd);
                    break;
                case Scalar scalar:
                    writer.Write((byte)Kind.Scalar);
                    WriteNode(writer, scalar);
                    writer.Write(scalar.Value);
                    writer.Write((byte)scalar.Style);
                    writer.Write(scalar.IsPlainImplicit);
                    writer.Write(scalar.IsQuotedImplicit);
                    writer.Write(scalar.IsKey);
                    break;
                case AnchorAlias alias:
                    writer.Write((byte)Kind.Alias);
                    writer.Write(alias.Value.Value);
                    break;
                default:
                    // Comments among them: the parser EditLint reads YAML with skips them.
                    throw new NotSupportedException($"the YAML event {e.GetType().Name}");
            }
            WriteMark(writer, e.Start);
            WriteMark(writer, e.End);
        }
        writer.Flush();
        return bytes.ToArray();
    }

    /// <summary>
    /// A parser that gives the events <paramref name="events"/> recorded, or null when they were recorded from another
    /// text than <paramref name="text"/> (or by another version of this format): the caller parses the text instead.
    /// </summary>
    public static IParser? Replay(byte[] events, string text)
    {
        var reader = new BinaryReader(new MemoryStream(events, writable: false), Encoding.UTF8);
        if (events.Length < 13 || reader.ReadByte() != Version || reader.ReadInt32() != text.Length || reader.ReadUInt64() != Fnv1a.Of(text))
            return null;
        return new ReplayParser(reader);
    }

    private static void WriteNode(BinaryWriter writer, NodeEvent node)
    {
        writer.Write(node.Anchor.IsEmpty ? "" : node.Anchor.Value);
        writer.Write(node.Tag.IsEmpty ? "" : node.Tag.Value);
    }

    private static void WriteMark(BinaryWriter writer, Mark mark)
    {
        writer.Write7BitEncodedInt64(mark.Index);
        writer.Write7BitEncodedInt64(mark.Line);
        writer.Write7BitEncodedInt64(mark.Column);
    }

    private sealed class ReplayParser(BinaryReader reader) : IParser
    {
        public ParsingEvent? Current { get; private set; }

        public bool MoveNext()
        {
            if (reader.BaseStream.Position >= reader.BaseStream.Length)
            {
                Current = null;
                return false;
            }
            Current = Read((Kind)reader.ReadByte());
            return true;
        }

        private ParsingEvent Read(Kind kind)
        {
            switch (kind)
            {
                case Kind.StreamStart:
                    {
                        var (start, end) = Marks();
                        return new StreamStart(start, end);
                    }
                case Kind.StreamEnd:
                    {
                        var (start, end) = Marks();
                        return new StreamEnd(start, end);
                    }
                case Kind.DocumentStart:
                    {
                        var isImplicit = reader.ReadBoolean();
                        var (start, end) = Marks();
                        return new DocumentStart(null, null, isImplicit, start, end);
                    }
                case Kind.DocumentEnd:
                    {
                        var isImplicit = reader.ReadBoolean();
                        var (start, end) = Marks();
                        return new DocumentEnd(isImplicit, start, end);
                    }
                case Kind.MappingStart:
                    {
                        var (anchor, tag) = Node();
                        var (isImplicit, style) = (reader.ReadBoolean(), (MappingStyle)reader.ReadByte());
                        var (start, end) = Marks();
                        return new MappingStart(anchor, tag, isImplicit, style, start, end);
                    }
                case Kind.MappingEnd:
                    {
                        var (start, end) = Marks();
                        return new MappingEnd(start, end);
                    }
                case Kind.SequenceStart:
                    {
                        var (anchor, tag) = Node();
                        var (isImplicit, style) = (reader.ReadBoolean(), (SequenceStyle)reader.ReadByte());
                        var (start, end) = Marks();
                        return new SequenceStart(anchor, tag, isImplicit, style, start, end);
                    }
                case Kind.SequenceEnd:
                    {
                        var (start, end) = Marks();
                        return new SequenceEnd(start, end);
                    }
                case Kind.Scalar:
                    {
                        var (anchor, tag) = Node();
                        var value = reader.ReadString();
                        var style = (ScalarStyle)reader.ReadByte();
                        var (plain, quoted, isKey) = (reader.ReadBoolean(), reader.ReadBoolean(), reader.ReadBoolean());
                        var (start, end) = Marks();
                        return new Scalar(anchor, tag, value, style, plain, quoted, start, end, isKey);
                    }
                case Kind.Alias:
                    {
                        var name = reader.ReadString();
                        var (start, end) = Marks();
                        return new AnchorAlias(new AnchorName(name), start, end);
                    }
                default:
                    throw new InvalidDataException($"unknown YAML event {(byte)kind} in recorded events");
            }
        }

        private (AnchorName Anchor, TagName Tag) Node()
        {
            var (anchor, tag) = (reader.ReadString(), reader.ReadString());
            // No anchor is the default value, as AnchorName.Empty is: reading AnchorName.Empty runs the type's static
            // constructor, which compiles a regular expression to IL (about 3 ms of a one-file run's start-up).
            return (anchor.Length == 0 ? default : new AnchorName(anchor), tag.Length == 0 ? TagName.Empty : new TagName(tag));
        }

        private (Mark Start, Mark End) Marks() => (Mark(), Mark());

        private Mark Mark() => new(reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64(), reader.Read7BitEncodedInt64());
    }
}
