using System.Globalization;
using System.Xml;

namespace Maia.Sre.Ci.Services.Plist;

/// <summary>Reads an XML property list with positions; any problem becomes a <see cref="DefinitionError"/>.</summary>
internal sealed class XmlPlistReader
{
    private readonly XmlReader reader;

    private XmlPlistReader(XmlReader reader) => this.reader = reader;

    private int Line => ((IXmlLineInfo)reader).LineNumber;

    private int Column => ((IXmlLineInfo)reader).LinePosition;

    public static (PlistNode? Root, DefinitionError? Error) Read(byte[] bytes)
    {
        // The DOCTYPE Apple writes is ignored, never fetched; entity expansion stays off.
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null, MaxCharactersInDocument = PlistParser.MaxBytes * 2L };
        using var stream = new MemoryStream(bytes, writable: false);
        using var xml = XmlReader.Create(stream, settings);
        var plist = new XmlPlistReader(xml);
        try
        {
            return (plist.ReadDocument(), null);
        }
        catch (XmlException ex)
        {
            var message = ex.Message;
            var cut = message.IndexOf(" Line ", StringComparison.Ordinal);
            return (null, new DefinitionError("is not well-formed XML: " + (cut > 0 ? message[..cut] : message), ex.LineNumber, ex.LinePosition));
        }
        catch (FormatException ex)
        {
            return (null, new DefinitionError(ex.Message, plist.Line, plist.Column));
        }
    }

    private PlistNode ReadDocument()
    {
        if (!NextElement() || reader.LocalName != "plist")
        {
            throw new FormatException("is not a property list: the root element must be <plist>");
        }

        if (reader.IsEmptyElement || !NextElement())
        {
            throw new FormatException("<plist> holds no value");
        }

        var root = ReadValue(0);
        if (NextElement())
        {
            throw new FormatException($"<plist> holds more than one value (unexpected <{reader.LocalName}>)");
        }

        return root;
    }

    /// <summary>Moves to the next start element at this level; false at an end element or the end of the document.</summary>
    private bool NextElement()
    {
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    return true;
                case XmlNodeType.EndElement:
                    return false;
                case XmlNodeType.Text or XmlNodeType.CDATA when !string.IsNullOrWhiteSpace(reader.Value):
                    throw new FormatException($"unexpected text '{Shorten(reader.Value)}' outside a value element");
            }
        }

        return false;
    }

    private PlistNode ReadValue(int depth)
    {
        if (depth > PlistParser.MaxDepth)
        {
            throw new FormatException($"nests deeper than {PlistParser.MaxDepth} levels");
        }

        int line = Line, column = Column;
        var name = reader.LocalName;
        switch (name)
        {
            case "dict":
                return new PlistDict(ReadDictEntries(depth), line, column);
            case "array":
                var items = new List<PlistNode>();
                while (!IsEmpty(items) && NextElement())
                {
                    items.Add(ReadValue(depth + 1));
                }

                return new PlistArray(items, line, column);
            case "true" or "false":
                return ReadText(name).Trim().Length == 0 ? new PlistBool(name == "true", line, column) : throw new FormatException($"<{name}/> must be empty");
        }

        var content = ReadText(name);
        return name switch
        {
            "string" => new PlistString(content, line, column),
            "integer" => long.TryParse(content.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)
                ? new PlistInteger(i, line, column)
                : throw new FormatException($"<integer> '{Shorten(content)}' is not a whole number"),
            "real" => double.TryParse(content.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var r)
                ? new PlistReal(r, line, column)
                : throw new FormatException($"<real> '{Shorten(content)}' is not a number"),
            "date" => DateTimeOffset.TryParse(content.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d)
                ? new PlistDate(d, line, column)
                : throw new FormatException($"<date> '{Shorten(content)}' is not an ISO 8601 date"),
            "data" => new PlistData(Base64Length(content), line, column),
            _ => throw new FormatException($"unknown property-list element <{name}>"),
        };
    }

    private List<KeyValuePair<string, PlistNode>> ReadDictEntries(int depth)
    {
        var entries = new List<KeyValuePair<string, PlistNode>>();
        while (!IsEmpty(entries) && NextElement())
        {
            if (reader.LocalName != "key")
            {
                throw new FormatException($"<dict> expects <key>, found <{reader.LocalName}>");
            }

            var key = ReadText("key");
            if (!NextElement())
            {
                throw new FormatException($"<key>{Shorten(key)}</key> has no value");
            }

            entries.Add(new(key, ReadValue(depth + 1)));
        }

        return entries;
    }

    /// <summary>True on the first pass over an empty container element (<c>&lt;array/&gt;</c>); the list is still empty then.</summary>
    private bool IsEmpty<T>(List<T> sofar) => sofar.Count == 0 && reader.NodeType == XmlNodeType.Element && reader.IsEmptyElement
        && reader.LocalName is "dict" or "array";

    /// <summary>Reads an element's text and leaves the reader on its end element (or on the element itself when empty).</summary>
    private string ReadText(string name)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }

        var text = new System.Text.StringBuilder();
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    text.Append(reader.Value);
                    break;
                case XmlNodeType.Element:
                    throw new FormatException($"unexpected <{reader.LocalName}> inside <{name}>");
                case XmlNodeType.EndElement:
                    return text.ToString();
            }
        }

        return text.ToString();
    }

    private static int Base64Length(string content)
    {
        var text = new string(content.Where(c => !char.IsWhiteSpace(c)).ToArray());
        var buffer = new byte[(text.Length * 3 / 4) + 3];
        return Convert.TryFromBase64String(text, buffer, out var length) ? length : throw new FormatException("<data> is not base64");
    }

    private static string Shorten(string text)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= 40 ? trimmed : trimmed[..40] + "…";
    }
}
