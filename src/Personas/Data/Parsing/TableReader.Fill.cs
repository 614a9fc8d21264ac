namespace Personas.Data.Parsing;

/// <summary>The second pass: typed storage, bad cells, duplicate ids.</summary>
internal sealed partial class TableReader
{
    // What a bad cell should have been: a number column names a value out of a float's range as such.
    private string ExpectedOf(ColumnPlan plan, string found) =>
        plan.Kind == ValueKind.Number && plan.Expected == "a number" ? NumberParser.Expected(found, _o.DecimalComma) : plan.Expected;

    private CustomerTable Fill(ColumnPlan[] plans, ColumnPlan? idPlan, int rows)
    {
        _ct.ThrowIfCancellationRequested();
        var store = new ColumnStore[plans.Length];
        for (var c = 0; c < plans.Length; c++)
        {
            store[c] = new ColumnStore(plans[c], rows, _o.DecimalComma);
        }

        var lines = _lines;
        var bad = new string?[rows];
        var badCount = 0;
        var structural = _exclusions.Count;
        var pending = Enumerable.Range(0, plans.Length).Where(c => !store[c].IsFilled).ToArray();
        foreach (var s in store.Where(s => s.IsFilled))
        {
            foreach (var (row, text) in s.Plan.Profile.Captured!.BadCells)
            {
                badCount += bad[row] is null ? 1 : 0;
                bad[row] ??= $"column '{s.Plan.Name}': expected {ExpectedOf(s.Plan, text)}, found '{PersonasDataException.Shorten(text)}'";
            }
        }

        using (var src = pending.Length > 0 ? _open() : null)
        {
            var r = 0;
            while (src is not null && src.ReadRecord())
            {
                if (StructuralProblem(src) is not null)
                {
                    continue;
                }

                foreach (var c in pending)
                {
                    if (store[c].Set(r, src.Field(c)) || bad[r] is not null)
                    {
                        continue;
                    }

                    var found = src.Field(c).Trim().ToString();
                    if (_o.RowErrors == RowErrorPolicy.Fail)
                    {
                        throw new PersonasDataException(_source, src.RecordLine, plans[c].Name, found, "expected " + ExpectedOf(plans[c], found));
                    }

                    bad[r] ??= $"column '{plans[c].Name}': expected {ExpectedOf(plans[c], found)}, found '{PersonasDataException.Shorten(found)}'";
                    badCount++;
                }

                r++;
                if ((r % ProgressEvery) == 0)
                {
                    _ct.ThrowIfCancellationRequested();
                    Report("read: parse values", 0.5 + (0.5 * (_position?.Invoke() ?? 0)));
                }
            }
        }

        CompactIds? ids = null;
        if (idPlan is not null)
        {
            ids = store[idPlan.Profile.Index].Ids!;
            for (var r = 0; r < rows; r++)
            {
                if (bad[r] is not null)
                {
                    _exclusions.Add(new ExcludedRow(lines[r], ids[r], bad[r]!));
                }
            }

            // The first pass saw every id: when all were distinct there is nothing to resolve.
            if (!idPlan.Profile.Unique)
            {
                ResolveDuplicates(ids, bad, lines, store, idPlan);
            }
        }
        else
        {
            for (var r = 0; r < rows; r++)
            {
                if (bad[r] is not null)
                {
                    _exclusions.Add(new ExcludedRow(lines[r], null, bad[r]!));
                }
            }
        }

        var keep = new int[rows - bad.Count(b => b is not null)];
        for (int r = 0, k = 0; r < rows; r++)
        {
            if (bad[r] is null)
            {
                keep[k++] = r;
            }
        }

        var columns = new List<CustomerColumn>(plans.Length);
        foreach (var s in store)
        {
            if (!ReferenceEquals(s.Plan, idPlan))
            {
                columns.Add(s.Build(keep, _o.ReferenceDate));
            }
        }

        var keptIds = ids is null ? (IReadOnlyList<string>)new GeneratedIds(_ordinals.Pick(keep, rows)) : ids.Pick(keep);
        _exclusions.Sort((a, b) => a.Line.CompareTo(b.Line));
        var read = (long)rows + structural;
        _notes.Add($"{SchemaInference.Count(read)} data rows read: {SchemaInference.Count(keep.Length)} used, {SchemaInference.Count(_exclusions.Count)} excluded ({SchemaInference.Count(structural)} blank or ragged, {SchemaInference.Count(badCount)} with a bad value, {SchemaInference.Count(_exclusions.Count - structural - badCount)} repeated ids)");
        Report("read: parse values", 1);
        var table = new CustomerTable(_source, idPlan?.Name, keptIds, lines.Pick(keep, rows), columns, _exclusions.ToArray(), _notes.ToArray(), copy: false);
        CustomerReader.EnsureEnoughRows(table, Math.Max(1, _o.MinRows ?? 1));
        return table;
    }

    private void ResolveDuplicates(CompactIds ids, string?[] bad, RowNumbers lines, ColumnStore[] store, ColumnPlan idPlan)
    {
        // Rows keyed by their id's bytes: no string per id.
        var first = new HashSet<int>(new SameId(ids));
        Dictionary<int, List<int>>? groups = null;
        for (var r = 0; r < ids.Count; r++)
        {
            if (bad[r] is not null)
            {
                continue;
            }

            if (first.Add(r))
            {
                continue;
            }

            first.TryGetValue(r, out var f);
            switch (_o.DuplicateIds)
            {
                case DuplicateIdPolicy.Error:
                    throw new PersonasDataException(_source, lines[r], idPlan.Name, ids[r],
                        $"expected unique customer ids; this id is already on line {lines[f]} (set the duplicate-id policy to KeepFirst or Aggregate, or exclude the column to number the rows instead)");
                case DuplicateIdPolicy.KeepFirst:
                    bad[r] = $"repeats the customer id of line {lines[f]} (duplicate ids: keep first)";
                    break;
                default:
                    bad[r] = $"merged into the row of line {lines[f]} (duplicate ids: aggregate)";
                    groups ??= [];
                    if (!groups.TryGetValue(f, out var members))
                    {
                        groups[f] = members = [f];
                    }

                    members.Add(r);
                    break;
            }

            _exclusions.Add(new ExcludedRow(lines[r], ids[r], bad[r]!));
        }

        if (groups is not null)
        {
            foreach (var s in store)
            {
                foreach (var (f, members) in groups)
                {
                    s.Merge(f, members);
                }
            }

            _notes.Add($"{SchemaInference.Count(groups.Count)} customer ids repeat; their rows were merged (mean of numbers, first non-missing level)");
        }
    }

    /// <summary>Rows are equal when their ids' UTF-8 bytes are (the same as ordinal string equality).</summary>
    private sealed class SameId(CompactIds ids) : IEqualityComparer<int>
    {
        public bool Equals(int x, int y) => ids.Utf8(x).SequenceEqual(ids.Utf8(y));

        public int GetHashCode(int row)
        {
            var h = default(HashCode);
            h.AddBytes(ids.Utf8(row));
            return h.ToHashCode();
        }
    }
}
