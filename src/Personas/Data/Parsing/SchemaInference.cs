using System.Globalization;

namespace Personas.Data.Parsing;

/// <summary>Turns first-pass column profiles into roles, each with the reason in words.</summary>
internal static class SchemaInference
{
    private static readonly HashSet<string> IdNames = new(StringComparer.Ordinal)
    {
        "id", "customerid", "custid", "clientid", "userid", "memberid", "accountid", "customer", "customerno",
        "customernumber", "customercode", "clientno", "contactid", "personid", "shopperid", "buyerid",
    };

    // Words in a column name that mark integer codes (labels), not measurements.
    private static readonly HashSet<string> CodeWords = new(StringComparer.Ordinal)
    {
        "region", "browser", "os", "operatingsystem", "operatingsystems", "traffic", "category", "segment", "zip", "zipcode",
        "postal", "postcode", "plz", "code", "type",
    };

    /// <summary>True when a header looks like a customer id (<c>ID</c>, <c>customer_id</c>, <c>CustomerID</c>, <c>Client Id</c>).</summary>
    public static bool LooksLikeId(string name)
    {
        Span<char> buffer = stackalloc char[Math.Min(name.Length, 64)];
        var n = 0;
        foreach (var c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) && n < buffer.Length)
            {
                buffer[n++] = char.ToLowerInvariant(c);
            }
        }

        return IdNames.Contains(new string(buffer[..n]));
    }

    /// <summary>Picks the id column: the named one, or the first id-named unique column, or none (ids generated).</summary>
    public static ColumnProfile? ChooseId(IReadOnlyList<ColumnProfile> profiles, long rows, CustomerReadOptions o, List<string> notes)
    {
        if (o.IdColumn is not null)
        {
            return profiles.First(p => p.Name == o.IdColumn);
        }

        var forced = profiles.Where(p => o.Roles is not null && o.Roles.TryGetValue(p.Name, out var r) && r == ColumnRole.Id).ToList();
        if (forced.Count == 1)
        {
            notes.Add($"id column: '{forced[0].Name}' (its role was set to Id in the options)");
            return forced[0];
        }

        foreach (var p in profiles.Where(p => p.IdNamed && !(o.Exclude?.Contains(p.Name, StringComparer.Ordinal) ?? false)))
        {
            if (p.Missing == 0 && p.NonMissing == rows)
            {
                // Repeated values in an id-named column are most likely repeated customers: the duplicate-id policy decides.
                notes.Add($"id column: '{p.Name}' (named like an id{(p.Unique ? ", every value unique" : ", some values repeat: duplicate-id policy " + o.DuplicateIds)})");
                return p;
            }

            notes.Add($"'{p.Name}' is named like an id but {Count(p.Missing)} values are missing; ids were generated from row numbers (set IdColumn to use it)");
        }

        notes.Add("no id column: ids are the 1-based data row numbers");
        return null;
    }

    public static bool IsExcluded(string name, CustomerReadOptions o) =>
        (o.Exclude is not null && o.Exclude.Contains(name, StringComparer.Ordinal))
        || (o.Columns is not null && !o.Columns.Contains(name, StringComparer.Ordinal));

    /// <summary>Decides a column's role.</summary>
    public static ColumnPlan Decide(ColumnProfile p, ColumnProfile? id, long rows, CustomerReadOptions o)
    {
        if (ReferenceEquals(p, id))
        {
            return new ColumnPlan(p, ColumnRole.Id, ValueKind.Id, o.IdColumn is null ? "customer id (named like an id)" : "customer id (set by IdColumn)") { Expected = "a customer id" };
        }

        if (IsExcluded(p.Name, o))
        {
            return new ColumnPlan(p, ColumnRole.Ignored, ValueKind.None, "excluded by the options (Columns/Exclude)");
        }

        if (o.Roles is not null && o.Roles.TryGetValue(p.Name, out var forced))
        {
            return Forced(p, forced, o);
        }

        var missing = p.Missing > 0 ? $"; {Count(p.Missing)} missing" : string.Empty;
        if (p.NonMissing == 0)
        {
            return new ColumnPlan(p, ColumnRole.Ignored, ValueKind.None, $"all {Count(p.Missing)} values missing; ignored");
        }

        if (p.IdNamed)
        {
            return new ColumnPlan(p, ColumnRole.Id, ValueKind.None, $"named like an id{missing}; not a feature");
        }

        if (p.DateFormat is not null && p.CustomDates >= DataDefaults.TypedShare * p.NonMissing)
        {
            return DatePlan(p, DateOrder.Custom, p.DateFormat, missing);
        }

        if (p.BoolMask != 0 && p.BoolValuesSeen == 3)
        {
            var words = BoolWords.Describe(p.BoolMask);
            return new ColumnPlan(p, ColumnRole.Boolean, ValueKind.Boolean, $"boolean ({words}){missing}") { Expected = "one of the two values of a yes/no column" };
        }

        if (p.BoolMask != 0)
        {
            return CodesPlan(p, ColumnRole.Constant, o, $"constant: every value is '{(p.BoolValuesSeen == 2 ? "true" : "false")}' ({BoolWords.Describe(p.BoolMask)}){missing}; ignored");
        }

        if (p.Numbers + p.NonFinite >= DataDefaults.TypedShare * p.NonMissing && p.Numbers > 0)
        {
            if (p.Min == p.Max && p.NonFinite == 0 && p.Texts == 0)
            {
                return new ColumnPlan(p, ColumnRole.Constant, ValueKind.Number, $"constant: every value is {Num(p.Min)}{missing}; ignored") { Expected = "a number" };
            }

            if (CodeReason(p) is { } code)
            {
                return CodesPlan(p, ColumnRole.Categorical, o, code, missing);
            }

            var reason = $"numeric ({(p.AllIntegers ? "integers" : "numbers")} {Num(p.Min)} to {Num(p.Max)}){missing}";
            if (p.Min == -1 && p.MinusOnes > 0)
            {
                reason += $"; -1 appears {Count(p.MinusOnes)} times (often a code for missing; kept as a number)";
            }

            var bad = p.Texts + p.NonFinite;
            if (bad > 0)
            {
                reason += $"; {Count(bad)} cells are text, infinite or out of range for a 32-bit float (first '{PersonasDataException.Shorten(p.FirstText ?? string.Empty)}'): their rows are bad rows";
            }

            return new ColumnPlan(p, ColumnRole.Numeric, ValueKind.Number, reason) { Expected = "a number" };
        }

        if (p.Dates.Count > 0 && p.Dates.Count >= DataDefaults.TypedShare * p.NonMissing)
        {
            return p.Dates.Order(out var ambiguous) is { } order
                ? DatePlan(p, order, null, missing, ambiguous ? DateEvidence.AmbiguousNote : string.Empty)
                : StringPlan(p, rows, o, missing, "looks like dates in both day-first and month-first order; ");
        }

        return StringPlan(p, rows, o, missing, string.Empty);
    }

    /// <summary>
    /// Why an integer column holds codes rather than measurements, or null: its name says so (region, browser, os,
    /// operating system, traffic type, category, segment, zip/postal, *_code, *_type) and it has at most
    /// <see cref="DataDefaults.MaxCodeLevels"/> distinct values, or most of its values are written with leading zeros.
    /// </summary>
    internal static string? CodeReason(ColumnProfile p)
    {
        if (!p.AllIntegers || p.Counts is null || p.Texts + p.NonFinite > 0 || p.Counts.Count < 2)
        {
            return null;
        }

        var padded = p.Counts.Keys.Count(k => k.Length > 1 && k[0] == '0');
        if (padded * 2 > p.Counts.Count)
        {
            return $"categorical: integer codes written with leading zeros ({Count(padded)} of {Count(p.Counts.Count)} distinct values, like '{p.Counts.Keys.First(k => k.Length > 1 && k[0] == '0')}'); set its role to Numeric to use it as a number";
        }

        if (p.Counts.Count > DataDefaults.MaxCodeLevels)
        {
            return null;
        }

        var words = ColumnWords.Split(p.Name);
        var word = words.FirstOrDefault(w => CodeWords.Contains(w)) ?? (words.Contains("operating") ? "operating system" : null);
        return word is null
            ? null
            : $"categorical: {Count(p.Counts.Count)} distinct integers in a column whose name says code ('{word}'), so the numbers are labels, not amounts; set its role to Numeric to use it as a number";
    }

    private static ColumnPlan StringPlan(ColumnProfile p, long rows, CustomerReadOptions o, string missing, string prefix)
    {
        var avg = (double)p.TotalLength / p.NonMissing;
        if (p.Counts is null)
        {
            return p.Unique && p.Missing == 0
                ? new ColumnPlan(p, ColumnRole.Id, ValueKind.None, prefix + "unique per row (id-like); not a feature")
                : new ColumnPlan(p, ColumnRole.Text, ValueKind.None, $"{prefix}free text (more than {Count(DataDefaults.DistinctCap)} distinct values); ignored");
        }

        var distinct = p.Counts.Count;
        if (distinct == 1)
        {
            return CodesPlan(p, ColumnRole.Constant, o, $"{prefix}constant: every value is '{PersonasDataException.Shorten(p.Counts.Keys.First())}'{missing}; ignored");
        }

        if (p.Unique && p.Missing == 0 && rows > 1 && distinct == rows)
        {
            return avg >= DataDefaults.FreeTextLength || p.WithSpaces * 2 > p.NonMissing
                ? new ColumnPlan(p, ColumnRole.Text, ValueKind.None, $"{prefix}free text (every value distinct, average length {avg.ToString("0", CultureInfo.InvariantCulture)}); ignored")
                : new ColumnPlan(p, ColumnRole.Id, ValueKind.None, prefix + "unique per row (id-like); not a feature");
        }

        if (distinct > o.MaxCategoryLevels && (distinct * 2 >= p.NonMissing || avg >= DataDefaults.FreeTextLength))
        {
            return new ColumnPlan(p, ColumnRole.Text, ValueKind.None, $"{prefix}free text ({Count(distinct)} distinct values in {Count(p.NonMissing)} rows, average length {avg.ToString("0", CultureInfo.InvariantCulture)}); ignored");
        }

        return CodesPlan(p, ColumnRole.Categorical, o, prefix + "categorical", missing);
    }

    private static ColumnPlan CodesPlan(ColumnProfile p, ColumnRole role, CustomerReadOptions o, string reason, string missing = "")
    {
        var ordered = p.Counts!.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).ToList();
        var max = Math.Max(2, o.MaxCategoryLevels);
        if (role != ColumnRole.Categorical || ordered.Count <= max)
        {
            var shown = string.Join(", ", ordered.Take(5).Select(kv => PersonasDataException.Shorten(kv.Key))) + (ordered.Count > 5 ? ", ..." : string.Empty);
            var text = role == ColumnRole.Categorical ? $"{reason} ({ordered.Count} levels: {shown}){missing}" : reason;
            return new ColumnPlan(p, role, ValueKind.Codes, text) { Levels = ordered.Select(kv => kv.Key).ToArray(), Expected = "a level" };
        }

        var kept = ordered.Take(max - 1).Select(kv => kv.Key).Append(DataDefaults.OtherLevel).ToArray();
        var otherRows = ordered.Skip(max - 1).Sum(kv => kv.Value);
        var why = $"{reason} ({ordered.Count} levels: the top {max - 1} kept, the other {ordered.Count - max + 1} grouped as '{DataDefaults.OtherLevel}', {Count(otherRows)} rows){missing}";
        return new ColumnPlan(p, role, ValueKind.Codes, why) { Levels = kept, OtherCode = kept.Length - 1, Expected = "a level" };
    }

    private static ColumnPlan DatePlan(ColumnProfile p, DateOrder order, string? format, string missing, string extra = "")
    {
        var name = order == DateOrder.Custom ? format! : p.Dates.Describe(order);
        return new ColumnPlan(p, ColumnRole.Date, ValueKind.Date, $"date ({name})")
        {
            Tail = extra + missing,
            DateOrder = order,
            DateFormat = format,
            Expected = $"a date ({name})",
        };
    }

    private static ColumnPlan Forced(ColumnProfile p, ColumnRole role, CustomerReadOptions o)
    {
        const string Set = " (role set by the options)";
        switch (role)
        {
            case ColumnRole.Numeric:
                return new ColumnPlan(p, role, ValueKind.Number, "numeric" + Set) { Expected = "a number" };
            case ColumnRole.Boolean:
                return new ColumnPlan(p, role, ValueKind.Boolean, $"boolean ({BoolWords.Describe(p.BoolMask)})" + Set) { Expected = "a yes/no, true/false, y/n, t/f or 0/1 value" };
            case ColumnRole.Date:
                var plan = p.DateFormat is not null ? DatePlan(p, DateOrder.Custom, p.DateFormat, string.Empty)
                    : DatePlan(p, p.Dates.Order(out _) ?? DateOrder.DayMonthYear, null, string.Empty);
                plan.Reason += Set;
                return plan;
            case ColumnRole.Categorical when p.Counts is not null:
                return CodesPlan(p, role, o, "categorical" + Set);
            case ColumnRole.Categorical:
                return new ColumnPlan(p, ColumnRole.Text, ValueKind.None, $"set to categorical by the options, but it has more than {Count(DataDefaults.DistinctCap)} distinct values; ignored as free text");
            case ColumnRole.Constant:
                return new ColumnPlan(p, role, ValueKind.None, "constant" + Set + "; ignored");
            case ColumnRole.Id:
                return new ColumnPlan(p, role, ValueKind.None, "id-like" + Set + "; not a feature");
            default:
                return new ColumnPlan(p, role, ValueKind.None, role.ToString().ToLowerInvariant() + Set + "; ignored");
        }
    }

    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    public static string Num(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
}
