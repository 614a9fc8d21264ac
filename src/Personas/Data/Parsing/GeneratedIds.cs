using System.Collections;
using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>Ids made from 1-based data row numbers, formatted on demand so a million rows cost no million strings.</summary>
internal sealed class GeneratedIds : IReadOnlyList<string>
{
    private readonly int[] _rowNumbers;

    public GeneratedIds(int[] rowNumbers) => _rowNumbers = rowNumbers;

    public int Count => _rowNumbers.Length;

    public string this[int index] => _rowNumbers[index].ToString(CultureInfo.InvariantCulture);

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < _rowNumbers.Length; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
