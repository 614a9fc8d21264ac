using System.Globalization;
using System.Text;

namespace Personas.Data;

/// <summary>
/// Bad input data: names the file, line, column, the value found and what was expected.
/// Derives from <see cref="FormatException"/> so that callers who catch format errors catch it too.
/// </summary>
/// <example>
/// <code>
/// try { var table = CustomerReader.ReadFile("customers.csv"); }
/// catch (PersonasDataException e) { Console.Error.WriteLine(e.Message); } // customers.csv:17: column 'Income': expected a number, found 'abc'
/// </code>
/// </example>
public class PersonasDataException : FormatException
{
    /// <summary>Creates an exception for a problem at a location in an input.</summary>
    /// <param name="source">The file name or source description (for example <c>customers.csv</c>), or null when unknown.</param>
    /// <param name="line">The 1-based physical line number, or null when the problem is not tied to a line.</param>
    /// <param name="column">The column name (or 1-based number as text), or null.</param>
    /// <param name="found">The value found, or null.</param>
    /// <param name="expected">What was expected, in words.</param>
    /// <param name="innerException">The underlying exception, if any.</param>
    public PersonasDataException(string? source, long? line, string? column, string? found, string expected, Exception? innerException = null)
        : base(Compose(source, line, column, found, expected), innerException)
    {
        Source = source;
        Line = line;
        Column = column;
        Found = found;
        Expected = expected;
    }

    /// <summary>This problem located in <paramref name="source"/> when it has no source yet (a stage that works on a table
    /// names the table's file, so no message says only "input").</summary>
    internal PersonasDataException WithSource(string? source) =>
        Source is null && !string.IsNullOrEmpty(source) ? new PersonasDataException(source, Line, Column, Found, Expected, this) : this;

    /// <summary>The file name or source description, or null when unknown.</summary>
    public new string? Source { get; }

    /// <summary>The 1-based physical line number, or null.</summary>
    public long? Line { get; }

    /// <summary>The column name, or null.</summary>
    public string? Column { get; }

    /// <summary>The value found (shortened when long), or null.</summary>
    public string? Found { get; }

    /// <summary>What was expected.</summary>
    public string Expected { get; }

    private static string Compose(string? source, long? line, string? column, string? found, string expected)
    {
        var sb = new StringBuilder();
        sb.Append(source ?? "the record");
        if (line is { } l)
        {
            sb.Append(':').Append(l.ToString(CultureInfo.InvariantCulture));
        }

        sb.Append(": ");
        if (column is not null)
        {
            sb.Append("column '").Append(column).Append("': ");
        }

        sb.Append(expected);
        if (found is not null)
        {
            sb.Append(", found '").Append(Shorten(found)).Append('\'');
        }

        return sb.ToString();
    }

    /// <summary>Shortens a value for messages so that a huge field never floods the console.</summary>
    internal static string Shorten(string value) => value.Length <= 80 ? value : string.Concat(value.AsSpan(0, 77), "...");
}
