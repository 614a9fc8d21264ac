using Personas.Data;
using Personas.Data.Text;

namespace Personas.Model;

/// <summary>Reads last quarter's <c>assignments.csv</c> for <see cref="RefreshOptions.PreviousAssignments"/>.</summary>
public static class PreviousAssignments
{
    /// <summary>
    /// Reads a CSV whose header has the columns <c>customer_id</c> and <c>persona_id</c> (other columns are ignored;
    /// plain or <c>.gz</c>). Rows with an empty persona id (customers that could not be placed) are skipped.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>Customer id to persona id.</returns>
    /// <exception cref="PersonasDataException">A required column is missing or a customer id appears twice.</exception>
    public static IReadOnlyDictionary<string, string> ReadCsv(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        var name = Path.GetFileName(path);
        using var tokenizer = new CsvTokenizer(TextSource.Open(path), ',', name);
        if (!tokenizer.ReadRecord())
        {
            throw new PersonasDataException(name, 1, null, null, "a header with the columns customer_id and persona_id");
        }

        var header = new List<string>();
        tokenizer.CopyFields(header);
        var idColumn = header.FindIndex(h => string.Equals(h.Trim(), "customer_id", StringComparison.OrdinalIgnoreCase));
        var personaColumn = header.FindIndex(h => string.Equals(h.Trim(), "persona_id", StringComparison.OrdinalIgnoreCase));
        if (idColumn < 0 || personaColumn < 0)
        {
            throw new PersonasDataException(name, 1, idColumn < 0 ? "customer_id" : "persona_id", string.Join(",", header), "a header with the columns customer_id and persona_id");
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var needed = Math.Max(idColumn, personaColumn) + 1;
        while (tokenizer.ReadRecord())
        {
            if (tokenizer.IsBlankRecord)
            {
                continue;
            }

            if (tokenizer.FieldCount < needed)
            {
                throw new PersonasDataException(name, tokenizer.RecordLine, null, tokenizer.FieldCount.ToString(System.Globalization.CultureInfo.InvariantCulture) + " fields", $"at least {needed} fields");
            }

            var id = tokenizer.FieldString(idColumn).Trim();
            var persona = tokenizer.FieldString(personaColumn).Trim();
            if (persona.Length == 0)
            {
                continue;
            }

            if (!result.TryAdd(id, persona))
            {
                throw new PersonasDataException(name, tokenizer.RecordLine, "customer_id", id, "each customer id once");
            }
        }

        return result;
    }
}
