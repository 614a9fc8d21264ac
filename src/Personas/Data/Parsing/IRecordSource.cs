namespace Personas.Data.Parsing;

/// <summary>Records of fields, read one at a time (a CSV tokenizer, or rows built from objects).</summary>
internal interface IRecordSource : IDisposable
{
    /// <summary>The line (or item number) the current record starts on.</summary>
    long RecordLine { get; }

    /// <summary>The number of fields in the current record.</summary>
    int FieldCount { get; }

    /// <summary>True when the current record is a blank line.</summary>
    bool IsBlankRecord { get; }

    /// <summary>Reads the next record; false at the end.</summary>
    bool ReadRecord();

    /// <summary>A field of the current record.</summary>
    ReadOnlySpan<char> Field(int index);
}
