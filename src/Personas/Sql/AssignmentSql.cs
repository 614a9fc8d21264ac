using System.Globalization;
using System.Text;
using Personas.Data;
using Personas.Features;
using Personas.Model;

namespace Personas.Sql;

/// <summary>
/// Turns a saved persona model into one SQL query that assigns every customer of a table exactly as
/// <c>personas assign</c> does, so the assignment can run where the data lives (a warehouse, Spark, PostgreSQL) on any
/// number of machines. The query returns <c>customer_id, persona_id, persona_name, distance, confidence, is_outlier</c>.
/// </summary>
/// <remarks>
/// <para>The query is the model's feature plan written out: imputation with the stored medians, missing indicators,
/// <c>log1p</c>, centring, scaling and weights; one-hot levels (a level the model has not seen counts as the model's
/// <c>(other)</c> level when it has one, else as no level); then the squared distance to every centroid, summed in the
/// order of the library's SIMD kernel with every step rounded to a 32-bit float, so that the engine computes bit for bit
/// what the library computes: the same persona on ties (the lowest persona index wins), the same distance, confidence
/// and outlier flag. BigQuery and Snowflake have no 32-bit float type: there the query computes in 64-bit, and distances
/// agree to about 1e-7 relative.</para>
/// <para>The model's values appear as numbers and quoted level names, escaped per dialect; no value from the table is
/// ever concatenated into SQL. Column types expected: numbers as numeric types (NULL or NaN is missing), booleans as
/// BOOLEAN, 0/1 integers or yes/no text, categories as text (or integer codes), dates as DATE or TIMESTAMP (days are
/// counted to the latest date in the table, as <c>personas assign</c> counts to the latest date in its file).
/// A row the library would not read (an infinite number, a value beyond the 32-bit float range, a boolean that is not
/// yes/no) gets no persona: <c>persona_id</c>, <c>persona_name</c> and <c>distance</c> are NULL, <c>is_outlier</c> is true.</para>
/// </remarks>
/// <example>
/// <code>
/// var model = PersonaModel.Load("model.persona.json");
/// File.WriteAllText("assign.sql", AssignmentSql.Generate(model, new AssignmentSqlOptions { Dialect = SqlDialect.DuckDb, Table = "customers" }));
/// </code>
/// </example>
public static class AssignmentSql
{
    /// <summary>The columns the query returns, in order.</summary>
    public static readonly IReadOnlyList<string> OutputColumns = ["customer_id", "persona_id", "persona_name", "distance", "confidence", "is_outlier"];

    // Features beyond this magnitude (2^55, about 3.6e16 standard deviations from the training data) could overflow a
    // 32-bit squared distance in the engine: such rows get no persona instead of an engine error.
    private const double FeatureLimit = 36028797018963968d;

    // The smallest double that rounds to infinity as a float (float.MaxValue plus half its last place), and the largest
    // that rounds to zero (2^-150, a tie that rounds to even): beyond them a cast to a 32-bit float fails in PostgreSQL.
    private const double FloatOverflow = 3.4028235677973366E+38;
    private const double FloatUnderflow = 7.006492321624085E-46;

    private static readonly string[] MissingTokens = ["", "NA", "N/A", "NAN", "NULL", "NONE", "?"];
    private static readonly string[] TrueWords = ["1", "yes", "true", "y", "t"];
    private static readonly string[] FalseWords = ["0", "no", "false", "n", "f"];

    /// <summary>Writes the assignment query for a model.</summary>
    /// <param name="model">The persona model.</param>
    /// <param name="options">The dialect, table and id column.</param>
    /// <returns>One SQL query (a <c>WITH</c> statement) ending with a newline, without a trailing semicolon.</returns>
    /// <exception cref="OptionValueException">The options are invalid.</exception>
    /// <exception cref="NotSupportedException">The model has a date column and the dialect is <see cref="SqlDialect.Ansi"/>, which cannot count days.</exception>
    public static string Generate(PersonaModel model, AssignmentSqlOptions options) => Generate(model, options, float32: null);

    /// <summary>As <see cref="Generate(PersonaModel, AssignmentSqlOptions)"/>, with the use of 32-bit floats overridden
    /// (to run BigQuery's and Snowflake's 64-bit arithmetic in an engine at hand).</summary>
    internal static string Generate(PersonaModel model, AssignmentSqlOptions options, bool? float32)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var sql = SqlSyntax.For(options.Dialect, float32);
        return new Writer(model, options, sql).Write();
    }

    private sealed class Writer
    {
        private readonly PersonaModel _model;
        private readonly AssignmentSqlOptions _o;
        private readonly SqlSyntax _sql;
        private readonly IReadOnlyList<PlannedColumn> _columns;
        private readonly StringBuilder _sb = new();

        public Writer(PersonaModel model, AssignmentSqlOptions options, SqlSyntax sql)
        {
            _model = model;
            _o = options;
            _sql = sql;
            _columns = model.Plan.Columns;
        }

        private static string I(int i) => i.ToString(CultureInfo.InvariantCulture);

        public string Write()
        {
            Header();
            _sb.Append("WITH\n");
            Source();
            Raw();
            Encoded();
            Features();
            Distances();
            Nearest();
            Result();
            return _sb.ToString();
        }

        private void Header()
        {
            var k = _model.Personas.Count;
            _sb.Append("-- Personas assignment query (").Append(SqlSyntax.Name(_o.Dialect)).Append(") for model ").Append(_model.Checksum).Append('\n');
            _sb.Append("-- ").Append(I(k)).Append(" personas, ").Append(I(_model.Dimension)).Append(" features from ").Append(I(_columns.Count)).Append(" columns; generated by Personas ")
                .Append(PersonasInfo.Version).Append(". Regenerate it from the model rather than editing it.\n");
            _sb.Append("-- Returns ").Append(string.Join(", ", OutputColumns)).Append(" for every row of ").Append(Comment(_o.Table)).Append(".\n");
            if (!_sql.HasFloat32)
            {
                _sb.Append("-- This engine has no 32-bit float type: it computes in 64-bit, so distances agree with the library to about 1e-7 relative.\n");
            }
        }

        // Names from the model in comments: no line breaks, so a name cannot end the comment.
        private static string Comment(string text) => new(text.Select(c => char.IsControl(c) ? ' ' : c).ToArray());

        /// <summary>src: the model's columns as read from the table (numbers, lower-cased words, trimmed text, days).</summary>
        private void Source()
        {
            _sb.Append("src AS (\n  SELECT\n    ").Append(_sql.Identifier(_o.IdColumn)).Append(" AS customer_id");
            for (var i = 0; i < _columns.Count; i++)
            {
                var pc = _columns[i];
                if (pc.Kind == FeatureKind.Indicator)
                {
                    continue;
                }

                var col = _sql.Identifier(pc.Name);
                var expr = pc.Kind == FeatureKind.Categorical ? $"TRIM({_sql.ToText(col)})"
                    : pc.Role == ColumnRole.Boolean ? $"LOWER(TRIM({_sql.ToText(col)}))"
                    : pc.Role == ColumnRole.Date ? _sql.Days(col) ?? throw new NotSupportedException($"Column '{pc.Name}' is a date: the ANSI dialect has no standard way to count days since a date. Choose an engine's dialect, or give the table the number of days in a view.")
                    : _sql.ToDouble(col);
                _sb.Append(",\n    -- ").Append(Comment(pc.Name)).Append("\n    ").Append(expr).Append(" AS v").Append(I(i));
            }

            _sb.Append("\n  FROM ").Append(_sql.Table(_o.Table)).Append("\n),\n");
        }

        /// <summary>raw: what the library reads from each cell: missing (m), the value (x, a 32-bit float), the level (l), a problem (b).</summary>
        private void Raw()
        {
            _sb.Append("raw AS (\n  SELECT\n    customer_id");
            for (var i = 0; i < _columns.Count; i++)
            {
                var pc = _columns[i];
                var v = "v" + I(i);
                if (pc.Kind == FeatureKind.Indicator)
                {
                    continue;
                }

                if (pc.Kind == FeatureKind.Categorical)
                {
                    _sb.Append(",\n    ").Append(LevelCase(pc, v)).Append(" AS l").Append(I(i));
                    continue;
                }

                string missing, value, bad;
                if (pc.Role == ColumnRole.Boolean)
                {
                    missing = $"{v} IS NULL OR {v} IN ({string.Join(", ", MissingTokens.Select(t => _sql.String(t.ToLowerInvariant())))})";
                    value = $"CASE WHEN {v} IN ({Words(TrueWords)}) THEN {_sql.Double(1)} WHEN {v} IN ({Words(FalseWords)}) THEN {_sql.Double(0)} END";
                    bad = $"CASE WHEN NOT ({missing}) AND NOT ({v} IN ({Words(TrueWords)}) OR {v} IN ({Words(FalseWords)})) THEN 1 ELSE 0 END";
                }
                else
                {
                    // A date becomes days to the latest date of the table, then a 32-bit float, as the reader stores it.
                    var number = pc.Role == ColumnRole.Date ? $"(MAX({v}) OVER () - {v})" : v;
                    missing = $"{v} IS NULL OR {_sql.IsNaN(v)}";
                    value = $"CASE WHEN {missing} OR ABS({number}) >= {_sql.Double(FloatOverflow)} THEN NULL ELSE {Round32Safe(number)} END";
                    bad = $"CASE WHEN NOT ({missing}) AND ABS({number}) >= {_sql.Double(FloatOverflow)} THEN 1 ELSE 0 END";
                }

                _sb.Append(",\n    CASE WHEN ").Append(missing).Append(" THEN 1 ELSE 0 END AS m").Append(I(i));
                _sb.Append(",\n    ").Append(value).Append(" AS x").Append(I(i));
                _sb.Append(",\n    ").Append(bad).Append(" AS b").Append(I(i));
            }

            _sb.Append("\n  FROM src\n),\n");
        }

        private string Words(string[] words) => string.Join(", ", words.Select(_sql.String));

        /// <summary>The level index of a trimmed text cell: the (missing) level for missing tokens, the matching level, else
        /// the (other) level when the model has one, else -1 (no level).</summary>
        private string LevelCase(PlannedColumn pc, string t)
        {
            var missing = IndexOf(pc, FeaturePlan.MissingLevel);
            var other = IndexOf(pc, DataDefaults.OtherLevel);
            var sb = new StringBuilder("CASE WHEN ").Append(t).Append(" IS NULL OR UPPER(").Append(t).Append(") IN (")
                .Append(string.Join(", ", MissingTokens.Select(_sql.String))).Append(") THEN ").Append(I(missing));
            for (var l = 0; l < pc.Levels.Count; l++)
            {
                sb.Append(" WHEN ").Append(t).Append(" = ").Append(_sql.String(pc.Levels[l])).Append(" THEN ").Append(I(l));
            }

            for (var j = 0; j < pc.NeutralLevels.Count; j++)
            {
                sb.Append(" WHEN ").Append(t).Append(" = ").Append(_sql.String(pc.NeutralLevels[j])).Append(" THEN ").Append(I(NeutralCode(j)));
            }

            return sb.Append(" ELSE ").Append(I(other)).Append(" END").ToString();
        }

        /// <summary>The level code of a column's j-th neutral level (a level carried by a merged indicator): -2, -3, ...;
        /// every feature of the column's block is 0 for it.</summary>
        private static int NeutralCode(int j) => -2 - j;

        private static int IndexOf(PlannedColumn pc, string level)
        {
            for (var l = 0; l < pc.Levels.Count; l++)
            {
                if (string.Equals(pc.Levels[l], level, StringComparison.Ordinal))
                {
                    return l;
                }
            }

            return -1;
        }

        /// <summary>A finite value below the overflow limit as a 32-bit float; values that round to zero are written as
        /// zero first (PostgreSQL refuses a cast that underflows).</summary>
        private string Round32Safe(string value) => _sql.HasFloat32
            ? $"CASE WHEN ABS({value}) <= {_sql.Double(FloatUnderflow)} THEN {_sql.Float(0)} ELSE {_sql.Round32(value)} END"
            : value;

        /// <summary>enc: each numeric feature in 64-bit (impute, log1p, centre, scale, weight), before rounding.</summary>
        private void Encoded()
        {
            _sb.Append("enc AS (\n  SELECT\n    customer_id,\n    ").Append(BadSum(_columns.Select((c, i) => (c, i)).Where(t => t.c.Kind == FeatureKind.Numeric).Select(t => "b" + I(t.i)))).Append(" AS bad");
            for (var i = 0; i < _columns.Count; i++)
            {
                var pc = _columns[i];
                if (pc.Kind == FeatureKind.Categorical)
                {
                    _sb.Append(",\n    l").Append(I(i));
                    continue;
                }

                if (pc.Kind == FeatureKind.Indicator)
                {
                    _sb.Append(",\n    CASE WHEN ").Append(string.Join(" OR ", pc.Sources.Select(Holds).DefaultIfEmpty("1 = 0"))).Append(" THEN 1 ELSE 0 END AS h").Append(I(i));
                    continue;
                }

                // A sentinel ("not applicable" code) and a neutral value (carried by a merged indicator) encode as 0; a
                // sentinel also sets the missing indicator, as a missing value does.
                var xi = _sql.ToDouble("x" + I(i));
                var zero = new List<string>();
                string? neutral = null;
                if (pc.NeutralValue is { } nv)
                {
                    neutral = $"m{I(i)} = 0 AND {xi} = {_sql.Double(nv)}";
                    zero.Add(neutral);
                }

                var missingOrSentinel = $"m{I(i)}";
                if (pc.Sentinel is { } sv)
                {
                    var sentinel = $"m{I(i)} = 0 AND {xi} = {_sql.Double(sv)}" + (neutral is null ? string.Empty : $" AND NOT ({neutral})");
                    zero.Add(sentinel);
                    missingOrSentinel = $"CASE WHEN m{I(i)} = 1 OR ({sentinel}) THEN 1 ELSE 0 END";
                }

                var value = xi;
                if (!double.IsNegativeInfinity(pc.LowerBound) || !double.IsPositiveInfinity(pc.UpperBound))
                {
                    var low = double.IsNegativeInfinity(pc.LowerBound) ? string.Empty : " WHEN " + xi + " < " + _sql.Double(pc.LowerBound) + " THEN " + _sql.Double(pc.LowerBound);
                    var high = double.IsPositiveInfinity(pc.UpperBound) ? string.Empty : " WHEN " + xi + " > " + _sql.Double(pc.UpperBound) + " THEN " + _sql.Double(pc.UpperBound);
                    value = "CASE" + low + high + " ELSE " + xi + " END";
                }

                var x = $"CASE WHEN m{I(i)} = 1 THEN {_sql.Double(pc.ImputeValue)} ELSE {value} END";
                if (pc.Log1p)
                {
                    x = $"LN({_sql.Double(1)} + {_sql.AtLeastZero(x)})";
                }
                else if (pc.SignedLog)
                {
                    x = $"CASE WHEN {x} < {_sql.Double(0)} THEN -LN({_sql.Double(1)} + ABS({x})) ELSE LN({_sql.Double(1)} + ABS({x})) END";
                }

                // ((x - center) / scale) * weight, as the library evaluates it; steps that are exact identities are left out.
                if (pc.Center != 0)
                {
                    x = $"({x} - {_sql.Double(pc.Center)})";
                }

                if (pc.Scale != 1)
                {
                    x = $"({x} / {_sql.Double(pc.Scale)})";
                }

                if (pc.Weight != 1)
                {
                    x = $"({x} * {_sql.Double(pc.Weight)})";
                }

                if (zero.Count > 0)
                {
                    x = $"CASE WHEN {string.Join(" OR ", zero.Select(z => $"({z})"))} THEN {_sql.Double(0)} ELSE {x} END";
                }

                _sb.Append(",\n    ").Append(missingOrSentinel == "m" + I(i) ? missingOrSentinel : missingOrSentinel + " AS m" + I(i)).Append(",\n    ").Append(x).Append(" AS e").Append(I(i));
            }

            _sb.Append("\n  FROM raw\n),\n");
        }

        private string BadSum(IEnumerable<string> flags)
        {
            var list = flags.ToList();
            return list.Count == 0 ? "0" : string.Join(" + ", list);
        }

        /// <summary>feat: the numeric features as 32-bit floats; rows with a feature out of range are marked bad.</summary>
        private void Features()
        {
            var numeric = _columns.Select((c, i) => (c, i)).Where(t => t.c.Kind == FeatureKind.Numeric).Select(t => t.i).ToList();
            var outOfRange = numeric.Select(i => $"CASE WHEN ABS(e{I(i)}) >= {_sql.Double(FeatureLimit)} THEN 1 ELSE 0 END");
            _sb.Append("feat").Append(_sql.MaterializedAs).Append("(\n  SELECT\n    customer_id,\n    ").Append(BadSum(outOfRange.Prepend("bad"))).Append(" AS bad");
            for (var i = 0; i < _columns.Count; i++)
            {
                if (_columns[i].Kind == FeatureKind.Categorical)
                {
                    _sb.Append(",\n    l").Append(I(i));
                    continue;
                }

                if (_columns[i].Kind == FeatureKind.Indicator)
                {
                    _sb.Append(",\n    h").Append(I(i));
                    continue;
                }

                var e = "e" + I(i);
                _sb.Append(",\n    m").Append(I(i)).Append(",\n    CASE WHEN ABS(").Append(e).Append(") >= ").Append(_sql.Double(FeatureLimit)).Append(" THEN ")
                    .Append(_sql.Float(0)).Append(" ELSE ").Append(Round32Safe(e)).Append(" END AS f").Append(I(i));
            }

            _sb.Append("\n  FROM enc\n),\n");
        }

        /// <summary>dist: the squared distance to each persona's centroid, summed as the library's kernel sums.</summary>
        private void Distances()
        {
            _sb.Append("dist").Append(_sql.MaterializedAs).Append("(\n  SELECT\n    customer_id,\n    bad");
            for (var j = 0; j < _model.Personas.Count; j++)
            {
                var terms = Terms(_model.Personas[j].Centroid);
                _sb.Append(",\n    ").Append(KernelSum.Write(terms, Add)).Append(" AS d").Append(I(j));
            }

            _sb.Append("\n  FROM feat\n),\n");
        }

        private string Add(string a, string b) => _sql.Round32($"{a} + {b}");

        /// <summary>The squared difference of each feature to a centroid, in feature order: an expression for numeric
        /// features, and for indicators (missing, level) a choice between two constants computed here in 32-bit.</summary>
        private List<string> Terms(IReadOnlyList<float> centroid)
        {
            var terms = new List<string>(_model.Dimension);
            for (var i = 0; i < _columns.Count; i++)
            {
                var pc = _columns[i];
                if (pc.Kind == FeatureKind.Categorical)
                {
                    for (var l = 0; l < pc.Levels.Count; l++)
                    {
                        var c = centroid[pc.FirstFeature + l];
                        var on = Square(LevelFeature(pc, l, true), c);
                        var off = Square(LevelFeature(pc, l, false), c);
                        var centre = Square(0f, c);
                        var choice = on == off ? _sql.Float(on) : $"CASE WHEN l{I(i)} = {I(l)} THEN {_sql.Float(on)} ELSE {_sql.Float(off)} END";
                        terms.Add(pc.NeutralLevels.Count == 0 || centre == off ? choice
                            : $"CASE WHEN l{I(i)} <= {I(NeutralCode(0))} THEN {_sql.Float(centre)} WHEN l{I(i)} = {I(l)} THEN {_sql.Float(on)} ELSE {_sql.Float(off)} END");
                    }

                    continue;
                }

                if (pc.Kind == FeatureKind.Indicator)
                {
                    var c = centroid[pc.FirstFeature];
                    var on = Square(MergedFeature(pc, true), c);
                    var off = Square(MergedFeature(pc, false), c);
                    terms.Add(on == off ? _sql.Float(on) : $"CASE WHEN h{I(i)} = 1 THEN {_sql.Float(on)} ELSE {_sql.Float(off)} END");
                    continue;
                }

                var cv = _sql.Float(centroid[pc.FirstFeature]);
                var diff = _sql.Round32($"f{I(i)} - {cv}");
                terms.Add(_sql.Round32($"{diff} * {diff}"));
                if (pc.MissingIndicator)
                {
                    var c = centroid[pc.FirstFeature + 1];
                    var on = Square(IndicatorFeature(pc, true), c);
                    var off = Square(IndicatorFeature(pc, false), c);
                    terms.Add(on == off ? _sql.Float(on) : $"CASE WHEN m{I(i)} = 1 THEN {_sql.Float(on)} ELSE {_sql.Float(off)} END");
                }
            }

            return terms;
        }

        // The same arithmetic as FeaturePlan's encoders and the kernel's single-precision difference and square.
        private static float LevelFeature(PlannedColumn pc, int level, bool on) =>
            (float)(((on ? 1 : 0) - pc.LevelShares[level]) / pc.Scale * pc.Weight);

        private static float MergedFeature(PlannedColumn pc, bool hit) =>
            (float)(((hit ? 1 : 0) - pc.Center) / pc.Scale * pc.Weight);

        /// <summary>Whether one source of a merged indicator holds: its column has the level (or the number).</summary>
        private string Holds(IndicatorSource source)
        {
            var i = Enumerable.Range(0, _columns.Count).FirstOrDefault(c => _columns[c].Name == source.Column && _columns[c].Kind != FeatureKind.Indicator, -1);
            if (i < 0)
            {
                return "1 = 0";
            }

            var pc = _columns[i];
            if (source.Level is not null)
            {
                if (pc.Kind != FeatureKind.Categorical)
                {
                    return "1 = 0";
                }

                var l = IndexOf(pc, source.Level);
                var j = pc.NeutralLevels.ToList().IndexOf(source.Level);
                return l >= 0 ? $"l{I(i)} = {I(l)}" : j >= 0 ? $"l{I(i)} = {I(NeutralCode(j))}" : "1 = 0";
            }

            return pc.Kind == FeatureKind.Numeric && source.Value is { } v ? $"(m{I(i)} = 0 AND {_sql.ToDouble("x" + I(i))} = {_sql.Double(v)})" : "1 = 0";
        }

        private static float IndicatorFeature(PlannedColumn pc, bool missing) =>
            (float)(((missing ? 1 : 0) - pc.IndicatorCenter) / pc.IndicatorScale * pc.Weight);

        private static float Square(float x, float c)
        {
            var d = x - c;
            return d * d;
        }

        /// <summary>best: the nearest persona, the lowest index on ties (the library's strict comparison in index order).</summary>
        private void Nearest()
        {
            var k = _model.Personas.Count;
            var d = Enumerable.Range(0, k).Select(j => "d" + I(j)).ToList();
            _sb.Append("best").Append(_sql.MaterializedAs).Append("(\n  SELECT\n    customer_id,\n    bad,\n    ").Append(string.Join(", ", d)).Append(",\n    ");
            if (k == 1)
            {
                _sb.Append("0 AS p");
            }
            else
            {
                _sb.Append("CASE");
                for (var j = 0; j < k - 1; j++)
                {
                    // Persona j wins when it is strictly nearer than every earlier one and no farther than every later one.
                    var conditions = d.Select((other, i) => i < j ? $"{d[j]} < {other}" : i > j ? $"{d[j]} <= {other}" : null).OfType<string>();
                    _sb.Append("\n      WHEN ").Append(string.Join(" AND ", conditions)).Append(" THEN ").Append(I(j));
                }

                _sb.Append("\n      ELSE ").Append(I(k - 1)).Append(" END AS p");
            }

            _sb.Append("\n  FROM dist\n),\n");

            // pick: the nearest squared distance and the nearest other persona's, as square roots rounded to 32-bit.
            _sb.Append("pick").Append(_sql.MaterializedAs).Append("(\n  SELECT\n    customer_id,\n    bad,\n    p,\n    ");
            _sb.Append(_sql.Round32("SQRT(" + ByPersona(j => d[j]) + ")")).Append(" AS distance,\n    ");
            _sb.Append(k == 1 ? _sql.Float(0) : _sql.Round32("SQRT(" + ByPersona(j => _sql.Least(d.Where((_, i) => i != j).ToList())) + ")")).Append(" AS second");
            _sb.Append("\n  FROM best\n)\n");
        }

        private string ByPersona(Func<int, string> value)
        {
            var k = _model.Personas.Count;
            if (k == 1)
            {
                return value(0);
            }

            var sb = new StringBuilder("CASE p");
            for (var j = 0; j < k; j++)
            {
                sb.Append(" WHEN ").Append(I(j)).Append(" THEN ").Append(value(j));
            }

            return sb.Append(" END").ToString();
        }

        /// <summary>The result: persona id and name, distance, confidence 1 - d1/d2 and the outlier flag, in 32-bit.</summary>
        private void Result()
        {
            var personas = _model.Personas;
            var confidence = personas.Count == 1
                ? _sql.Float(1)
                : $"CASE WHEN second > {_sql.Float(0)} THEN {_sql.Round32($"{_sql.Float(1)} - {_sql.Round32("distance / second")}")} ELSE {_sql.Float(0)} END";
            _sb.Append("SELECT\n  customer_id,\n");
            _sb.Append("  CASE WHEN bad > 0 THEN NULL ELSE ").Append(ByPersona(j => _sql.String(personas[j].Id))).Append(" END AS persona_id,\n");
            _sb.Append("  CASE WHEN bad > 0 THEN NULL ELSE ").Append(ByPersona(j => _sql.String(personas[j].Name))).Append(" END AS persona_name,\n");
            _sb.Append("  CASE WHEN bad > 0 THEN NULL ELSE distance END AS distance,\n");
            _sb.Append("  CASE WHEN bad > 0 THEN ").Append(_sql.Float(0)).Append(" ELSE ").Append(confidence).Append(" END AS confidence,\n");
            _sb.Append("  CASE WHEN bad > 0 THEN TRUE ELSE ").Append(ByPersona(j => $"distance > {_sql.Float(personas[j].OutlierDistance)}")).Append(" END AS is_outlier\n");
            _sb.Append("FROM pick\n");
        }
    }
}
