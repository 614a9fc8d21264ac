using System.Reflection;
using Microsoft.ML;
using Microsoft.ML.Data;
using Personas.Data.Parsing;

namespace Personas.Data;

/// <summary>Reading from .NET objects and ML.NET data views.</summary>
public static partial class CustomerReader
{
    /// <summary>
    /// Reads objects: each public readable scalar property (numbers, bool, string, enum, dates, their nullable forms)
    /// becomes a column, with roles inferred as for text. A <see cref="PersonaIdAttribute"/> property is the id;
    /// <see cref="PersonaIgnoreAttribute"/> properties are left out. Row "lines" are 1-based item numbers.
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="items">The items; a null item is an excluded row.</param>
    /// <param name="options">How to read; <see cref="CustomerReadOptions.IdColumn"/> overrides the attribute.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PersonasDataException">No items, or as for <see cref="ReadFile"/>.</exception>
    /// <example><code>var table = CustomerReader.FromObjects(customers, new CustomerReadOptions { Exclude = ["Email"] });</code></example>
    public static CustomerTable FromObjects<T>(IEnumerable<T> items, CustomerReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(items);
        options ??= new CustomerReadOptions();
        Validate(options);
        var props = typeof(T).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.GetCustomAttribute<PersonaIgnoreAttribute>() is null)
            .ToList();
        var notes = new List<string>();
        foreach (var p in props.Where(p => !CellText.IsSupported(p.PropertyType)))
        {
            notes.Add($"property '{p.Name}' ({p.PropertyType.Name}) is not a scalar value; left out");
        }

        props = props.Where(p => CellText.IsSupported(p.PropertyType)).ToList();
        var idProp = props.FirstOrDefault(p => p.GetCustomAttribute<PersonaIdAttribute>() is not null);
        if (options.IdColumn is null && idProp is not null)
        {
            options = options with { IdColumn = idProp.Name };
        }

        var rows = new List<string?[]>();
        var lines = new List<long>();
        var nullItems = new List<long>();
        foreach (var item in items)
        {
            if (item is null)
            {
                nullItems.Add(rows.Count + nullItems.Count + 1);
                continue;
            }

            lines.Add(rows.Count + nullItems.Count + 1);
            rows.Add(props.Select(p => CellText.Of(p.GetValue(item))).ToArray());
        }

        notes.Add("rows are numbered by item (1-based)");
        var table = FromRows($"objects of {typeof(T).Name}", props.Select(p => p.Name).ToArray(), rows, lines, options, notes);
        return nullItems.Count == 0 ? table : WithExclusions(table, nullItems.Select(n => new ExcludedRow(n, null, "the item is null")));
    }

    /// <summary>
    /// Reads an ML.NET data view: each visible scalar column (numbers, bool, text, dates, keys) becomes a column,
    /// with roles inferred as for text; vector columns are left out (noted). Row "lines" are 1-based row numbers.
    /// </summary>
    /// <param name="data">The data view.</param>
    /// <param name="options">How to read.</param>
    /// <returns>The table.</returns>
    /// <exception cref="PersonasDataException">No rows, or as for <see cref="ReadFile"/>.</exception>
    public static CustomerTable FromDataView(IDataView data, CustomerReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        options ??= new CustomerReadOptions();
        Validate(options);
        var notes = new List<string>();
        var columns = new List<DataViewSchema.Column>();
        foreach (var c in data.Schema.Where(c => !c.IsHidden))
        {
            if (c.Type is VectorDataViewType || !CellText.IsSupported(c.Type.RawType))
            {
                notes.Add($"data view column '{c.Name}' ({c.Type}) is not a scalar; left out");
            }
            else
            {
                columns.Add(c);
            }
        }

        var rows = new List<string?[]>();
        using (var cursor = data.GetRowCursor(columns))
        {
            var getters = columns.Select(c => Getter(cursor, c)).ToArray();
            while (cursor.MoveNext())
            {
                rows.Add(getters.Select(g => g()).ToArray());
            }
        }

        notes.Add("rows are numbered by data view row (1-based)");
        return FromRows("data view", columns.Select(c => c.Name).ToArray(), rows, null, options, notes);
    }

    private static CustomerTable FromRows(string source, string[] header, List<string?[]> rows, List<long>? lines, CustomerReadOptions options, List<string> notes)
    {
        if (header.Length == 0)
        {
            throw new PersonasDataException(source, null, null, null, "expected at least one readable scalar column");
        }

        CheckColumns(options, header, source);
        return new TableReader(source, header, () => new RowsRecordSource(rows, lines), options, notes, null, null, null, CancellationToken.None).Read();
    }

    private static CustomerTable WithExclusions(CustomerTable t, IEnumerable<ExcludedRow> extra)
    {
        var exclusions = t.Exclusions.Concat(extra).OrderBy(e => e.Line).ToArray();
        return new CustomerTable(t.Source, t.IdColumn, t.Ids, t.Lines, t.Columns, exclusions, t.Notes, copy: false, t.RowsUsed);
    }

    private static Func<string?> Getter(DataViewRowCursor cursor, DataViewSchema.Column c)
    {
        var method = typeof(CustomerReader).GetMethod(nameof(TypedGetter), BindingFlags.NonPublic | BindingFlags.Static)!.MakeGenericMethod(c.Type.RawType);
        return (Func<string?>)method.Invoke(null, [cursor, c])!;
    }

    private static Func<string?> TypedGetter<TValue>(DataViewRowCursor cursor, DataViewSchema.Column c)
    {
        var get = cursor.GetGetter<TValue>(c);
        TValue value = default!;
        return () =>
        {
            get(ref value);
            return CellText.Of(value);
        };
    }
}
