using System.Globalization;
using System.Text.Json;

namespace Personas.Model;

/// <summary>
/// A JSON value being read from a model file, with its JSON path: every accessor validates the kind and range and
/// throws <see cref="PersonaModelException"/> naming the file and the path.
/// </summary>
internal readonly struct ModelJsonNode
{
    private readonly JsonElement _element;
    private readonly string _file;

    public ModelJsonNode(JsonElement element, string path, string file)
    {
        _element = element;
        Path = path;
        _file = file;
    }

    /// <summary>The JSON path, for example <c>$.personas[2].centroid</c>.</summary>
    public string Path { get; }

    public bool IsNull => _element.ValueKind == JsonValueKind.Null;

    public PersonaModelException Error(string? found, string expected, string? path = null) => new(_file, path ?? Path, found, expected);

    /// <summary>Checks that this is an object with the given properties and at most the optional ones (unknown ones are rejected, missing required ones reported).</summary>
    public ModelJsonNode Object(string[] names, string[] optional)
    {
        foreach (var p in _element.ValueKind == JsonValueKind.Object ? _element.EnumerateObject() : default)
        {
            if (Array.IndexOf(names, p.Name) < 0 && Array.IndexOf(optional, p.Name) < 0)
            {
                throw Error(null, $"no field '{p.Name}' (not part of schema version {PersonaModel.CurrentSchemaVersion})", Path + "." + p.Name);
            }
        }

        return Object([.. names, .. optional.Where(Has)]);
    }

    /// <summary>True when this object has the property.</summary>
    public bool Has(string name) => _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out _);

    /// <summary>Checks that this is an object with exactly the given properties (unknown ones are rejected, missing ones reported).</summary>
    public ModelJsonNode Object(params string[] names)
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Error(Describe(), "an object");
        }

        foreach (var p in _element.EnumerateObject())
        {
            if (Array.IndexOf(names, p.Name) < 0)
            {
                throw Error(null, $"no field '{p.Name}' (not part of schema version {PersonaModel.CurrentSchemaVersion})", Path + "." + p.Name);
            }
        }

        foreach (var n in names)
        {
            if (!_element.TryGetProperty(n, out _))
            {
                throw Error(null, "this field, which is required", Path + "." + n);
            }
        }

        return this;
    }

    public ModelJsonNode this[string name] => new(_element.GetProperty(name), Path + "." + name, _file);

    public string String()
    {
        if (_element.ValueKind != JsonValueKind.String)
        {
            throw Error(Describe(), "a string");
        }

        return _element.GetString()!;
    }

    public string? NullableString() => IsNull ? null : String();

    public bool Bool() => _element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error(Describe(), "true or false"),
    };

    public int Int(int min = int.MinValue)
    {
        if (_element.ValueKind != JsonValueKind.Number || !_element.TryGetInt32(out var v))
        {
            throw Error(Describe(), "a whole number");
        }

        return v >= min ? v : throw Error(Describe(), string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {min}"));
    }

    public long Long(long min = 0)
    {
        if (_element.ValueKind != JsonValueKind.Number || !_element.TryGetInt64(out var v))
        {
            throw Error(Describe(), "a whole number");
        }

        return v >= min ? v : throw Error(Describe(), string.Create(CultureInfo.InvariantCulture, $"a whole number of at least {min}"));
    }

    public double Double()
    {
        if (_element.ValueKind != JsonValueKind.Number || !_element.TryGetDouble(out var v) || !double.IsFinite(v))
        {
            throw Error(Describe(), "a finite number");
        }

        return v;
    }

    public double? NullableDouble() => IsNull ? null : Double();

    public float Float()
    {
        var v = Double();
        var f = (float)v;
        return float.IsFinite(f) ? f : throw Error(Describe(), "a number within single-precision range");
    }

    public IEnumerable<ModelJsonNode> Items()
    {
        if (_element.ValueKind != JsonValueKind.Array)
        {
            throw Error(Describe(), "an array");
        }

        var i = 0;
        foreach (var e in _element.EnumerateArray())
        {
            yield return new ModelJsonNode(e, string.Create(CultureInfo.InvariantCulture, $"{Path}[{i++}]"), _file);
        }
    }

    /// <summary>The items, checked eagerly (so the array's kind is validated at the call).</summary>
    public ModelJsonNode[] List() => _element.ValueKind == JsonValueKind.Array ? Items().ToArray() : throw Error(Describe(), "an array");

    public string[] Strings() => List().Select(n => n.String()).ToArray();

    public string[]? NullableStrings() => IsNull ? null : Strings();

    public float[] Floats() => List().Select(n => n.Float()).ToArray();

    public double[] Doubles() => List().Select(n => n.Double()).ToArray();

    public IEnumerable<(string Name, ModelJsonNode Value)> Properties()
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            throw Error(Describe(), "an object");
        }

        var path = Path;
        var file = _file;
        return _element.EnumerateObject().Select(p => (p.Name, new ModelJsonNode(p.Value, path + "." + p.Name, file))).ToArray();
    }

    /// <summary>A short description of the value found, for messages: its kind and (shortened) text.</summary>
    public string Describe() => _element.ValueKind switch
    {
        JsonValueKind.Array => string.Create(CultureInfo.InvariantCulture, $"an array of {_element.GetArrayLength()} items"),
        JsonValueKind.Object => "an object",
        JsonValueKind.Null => "null",
        JsonValueKind.String => "the string \"" + _element.GetString() + "\"",
        _ => _element.GetRawText(),
    };
}
