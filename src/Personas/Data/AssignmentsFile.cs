using System.Globalization;
using Personas.Data.Text;

namespace Personas.Data;

/// <summary>
/// Reads persona assignments (<c>assignments.csv</c> of a build or <c>personas assign</c>: at least <c>customer_id</c> and
/// <c>persona_id</c> columns, any delimiter, plain or <c>.gz</c>). Cells the writer guarded against spreadsheet formulas
/// (<c>'+C00001</c>) are read back to the original id. Rows with an empty persona id (customers that could not be placed)
/// are skipped.
/// </summary>
public static class AssignmentsFile
{
    /// <summary>Reads customer -> persona id from an assignments CSV (columns customer_id and persona_id).</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>Persona id by customer id.</returns>
    /// <exception cref="PersonasDataException">The file is missing, lacks the columns, has a short line or repeats a customer.</exception>
    public static IReadOnlyDictionary<string, string> Read(string path) => ReadWithNames(path).PersonaByCustomer;

    /// <summary>Reads customer -> persona id, and persona id -> persona name from the optional <c>persona_name</c> column (the first name given for each persona).</summary>
    /// <param name="path">The CSV file.</param>
    /// <returns>Persona id by customer id, and the persona names by id (empty without a persona_name column).</returns>
    /// <exception cref="PersonasDataException">The file is missing, lacks the columns, has a short line or repeats a customer.</exception>
    public static (IReadOnlyDictionary<string, string> PersonaByCustomer, IReadOnlyDictionary<string, string> NameByPersona) ReadWithNames(string path)
    {
        var name = Path.GetFileName(path);
        var peek = TextSource.Peek(path, 5);
        var delimiter = DelimiterDetector.Detect(peek).Delimiter;
        using var t = new CsvTokenizer(TextSource.Open(path), delimiter, name);
        if (!t.ReadRecord())
        {
            throw new PersonasDataException(name, 1, null, null, "expected a header line with customer_id and persona_id; the file is empty");
        }

        int customer = -1, persona = -1, personaName = -1;
        for (var i = 0; i < t.FieldCount; i++)
        {
            var h = t.FieldString(i).Trim();
            if (h.Equals("customer_id", StringComparison.OrdinalIgnoreCase))
            {
                customer = i;
            }
            else if (h.Equals("persona_id", StringComparison.OrdinalIgnoreCase))
            {
                persona = i;
            }
            else if (h.Equals("persona_name", StringComparison.OrdinalIgnoreCase))
            {
                personaName = i;
            }
        }

        if (customer < 0 || persona < 0)
        {
            throw new PersonasDataException(name, 1, customer < 0 ? "customer_id" : "persona_id", null, "expected columns customer_id and persona_id (as in assignments.csv)");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        while (t.ReadRecord())
        {
            if (t.IsBlankRecord)
            {
                continue;
            }

            if (t.FieldCount <= Math.Max(customer, persona))
            {
                throw new PersonasDataException(name, t.RecordLine, null, t.FieldCount.ToString(CultureInfo.InvariantCulture) + " fields", "expected customer_id and persona_id on every line");
            }

            var id = Reporting.SafeText.FromCsvCell(t.FieldString(customer));
            var personaId = Reporting.SafeText.FromCsvCell(t.FieldString(persona).Trim());
            if (personaId.Length == 0)
            {
                continue;
            }

            if (!result.TryAdd(id, personaId))
            {
                throw new PersonasDataException(name, t.RecordLine, "customer_id", id, "expected each customer once");
            }

            if (personaName >= 0 && personaName < t.FieldCount && Reporting.SafeText.FromCsvCell(t.FieldString(personaName)) is { Length: > 0 } n)
            {
                names.TryAdd(personaId, n);
            }
        }

        return (result, names);
    }
}
