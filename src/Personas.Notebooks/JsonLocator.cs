using System.Text.Json;

namespace Personas.Notebooks;

/// <summary>Finds the line of a JSON value by its path, for error messages (only called once a problem is found).</summary>
internal static class JsonLocator
{
    /// <summary>Returns the 1-based line of the value at <paramref name="path"/> (property names and array indexes), or of the deepest existing ancestor, or null.</summary>
    public static long? LineOf(byte[] utf8Json, IReadOnlyList<object> path)
    {
        try
        {
            var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 64 });
            var frames = new List<(bool IsArray, int Index, string? Property)>();
            long? best = null;
            var bestDepth = -1;
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        frames[^1] = (false, -1, reader.GetString());
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.RemoveAt(frames.Count - 1);
                        continue;
                }

                if (frames.Count > 0 && frames[^1].IsArray)
                {
                    frames[^1] = (true, frames[^1].Index + 1, null);
                }

                var matched = Matches(frames, path);
                if (matched == frames.Count && matched > bestDepth)
                {
                    best = LineAt(utf8Json, reader.TokenStartIndex);
                    bestDepth = matched;
                    if (matched == path.Count)
                    {
                        return best;
                    }
                }

                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Add((reader.TokenType == JsonTokenType.StartArray, -1, null));
                }
            }

            return best;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static int Matches(List<(bool IsArray, int Index, string? Property)> frames, IReadOnlyList<object> path)
    {
        var n = 0;
        for (; n < frames.Count && n < path.Count; n++)
        {
            var f = frames[n];
            var ok = f.IsArray ? path[n] is int i && i == f.Index : path[n] is string s && s == f.Property;
            if (!ok)
            {
                break;
            }
        }

        return n;
    }

    public static long LineAt(byte[] bytes, long index)
    {
        long line = 1;
        for (long k = 0; k < index && k < bytes.Length; k++)
        {
            if (bytes[k] == (byte)'\n')
            {
                line++;
            }
        }

        return line;
    }
}
