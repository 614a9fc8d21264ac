using Personas.Data;

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
    public static IReadOnlyDictionary<string, string> ReadCsv(string path) => AssignmentsFile.Read(path);
}
