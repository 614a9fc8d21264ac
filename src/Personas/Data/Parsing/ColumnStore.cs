namespace Personas.Data.Parsing;

/// <summary>The typed values of one column during the second pass.</summary>
internal sealed class ColumnStore
{
    private static readonly int[] NoValues = [];

    private readonly float[]? _numbers;
    private readonly double[]? _days;
    private readonly int[]? _codes;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _levels;
    private readonly bool _decimalComma;

    public ColumnStore(ColumnPlan plan, int rows, bool decimalComma = false)
    {
        Plan = plan;
        _decimalComma = decimalComma;
        switch (plan.Kind)
        {
            case ValueKind.Number when plan.Profile.Captured is { } captured:
                _numbers = captured.ToArray(rows);
                IsFilled = true;
                break;
            case ValueKind.Number:
            case ValueKind.Boolean:
                _numbers = new float[rows];
                break;
            case ValueKind.Date:
                _days = new double[rows];
                break;
            case ValueKind.Codes:
                _codes = new int[rows];
                var map = new Dictionary<string, int>(StringComparer.Ordinal);
                for (var i = 0; i < plan.Levels.Count; i++)
                {
                    map[plan.Levels[i]] = i;
                }

                _levels = map.GetAlternateLookup<ReadOnlySpan<char>>();
                break;
            case ValueKind.Id:
                Ids = new CompactIds(rows);
                break;
        }
    }

    public ColumnPlan Plan { get; }

    /// <summary>True when the values came from the first pass, so the second pass skips the column.</summary>
    public bool IsFilled { get; }

    public CompactIds? Ids { get; }

    /// <summary>Stores a cell; false when it does not fit the column (a bad cell).</summary>
    public bool Set(int row, ReadOnlySpan<char> raw)
    {
        switch (Plan.Kind)
        {
            case ValueKind.Number:
                var kind = NumberParser.Parse(raw, _decimalComma, out var v);
                _numbers![row] = kind == CellKind.Number ? (float)v : float.NaN;
                return kind is CellKind.Number or CellKind.Missing;
            case ValueKind.Boolean:
                var s = raw.Trim();
                if (NumberParser.IsMissing(s))
                {
                    _numbers![row] = float.NaN;
                    return true;
                }

                var ok = BoolWords.Classify(s, out var b) != 0;
                _numbers![row] = b ? 1f : 0f;
                return ok;
            case ValueKind.Date:
                return SetDate(row, raw.Trim());
            case ValueKind.Codes:
                var t = raw.Trim();
                if (NumberParser.IsMissing(t))
                {
                    _codes![row] = -1;
                    return true;
                }

                _codes![row] = _levels.TryGetValue(t, out var code) ? code : Plan.OtherCode;
                return _codes[row] >= 0;
            case ValueKind.Id:
                var id = raw.Trim();
                if (NumberParser.IsMissing(id))
                {
                    return false;
                }

                return Ids!.Set(row, id);
            default:
                return true;
        }
    }

    private bool SetDate(int row, ReadOnlySpan<char> s)
    {
        if (NumberParser.IsMissing(s))
        {
            _days![row] = double.NaN;
            return true;
        }

        double? days = null;
        if (Plan.DateOrder == DateOrder.Custom)
        {
            days = DateParser.ToDays(s, Plan.DateFormat!);
        }
        else if (DateParser.TrySplit(s, out var parts))
        {
            days = DateParser.ToDays(parts, Plan.DateOrder);
        }

        _days![row] = days ?? double.NaN;
        return days is not null;
    }

    /// <summary>Merges the rows of a repeated id into the first (mean of numbers, first non-missing level).</summary>
    public void Merge(int first, List<int> members)
    {
        if (_numbers is not null || _days is not null)
        {
            double sum = 0;
            var n = 0;
            foreach (var m in members)
            {
                var v = _numbers is not null ? _numbers[m] : _days![m];
                if (!double.IsNaN(v))
                {
                    sum += v;
                    n++;
                }
            }

            var mean = n == 0 ? double.NaN : sum / n;
            if (_numbers is not null)
            {
                _numbers[first] = (float)mean;
            }
            else
            {
                _days![first] = mean;
            }
        }
        else if (_codes is not null && _codes[first] < 0)
        {
            _codes[first] = members.Select(m => _codes[m]).FirstOrDefault(c => c >= 0, -1);
        }
    }

    /// <summary>The finished column over the kept rows.</summary>
    public CustomerColumn Build(int[] keep, DateTimeOffset? reference)
    {
        if (_numbers is not null)
        {
            return CustomerColumn.FromNumbers(Plan.Name, Plan.Role, Pick(_numbers, keep), Plan.Reason);
        }

        if (_codes is not null)
        {
            return CustomerColumn.FromCodes(Plan.Name, Pick(_codes, keep), Plan.Levels, Plan.Reason, Plan.Role);
        }

        if (_days is not null)
        {
            var days = Pick(_days, keep);
            var latest = days.Where(d => !double.IsNaN(d)).DefaultIfEmpty(double.NaN).Max();
            var refDays = reference is { } r ? DateParser.ToDays(r) : latest;
            var values = new float[days.Length];
            for (var i = 0; i < days.Length; i++)
            {
                values[i] = (float)(refDays - days[i]);
            }

            var why = double.IsNaN(refDays) ? Plan.Reason + Plan.Tail : $"{Plan.Reason}, used as days since {DateParser.Format(refDays)}{(reference is null ? " (the latest date)" : string.Empty)}{Plan.Tail}";
            return CustomerColumn.FromNumbers(Plan.Name, ColumnRole.Date, values, why);
        }

        var none = keep.Length == 0 ? NoValues : new int[keep.Length];
        Array.Fill(none, -1);
        return CustomerColumn.FromCodes(Plan.Name, none, [], Plan.Reason + (Plan.Role is ColumnRole.Text or ColumnRole.Id or ColumnRole.Ignored ? " (values not kept)" : string.Empty), Plan.Role);
    }

    /// <summary>The kept elements (the array itself when every row is kept).</summary>
    public static T[] Pick<T>(T[] values, int[] keep)
    {
        if (keep.Length == values.Length)
        {
            return values;
        }

        var result = new T[keep.Length];
        for (var i = 0; i < keep.Length; i++)
        {
            result[i] = values[keep[i]];
        }

        return result;
    }
}
