using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using Personas.Data;
using Personas.Profiling;
using Personas.Reporting;
using Personas.Tests.TestSupport;

namespace Personas.Tests.Reporting;

public class RandomInputTests
{
    private static readonly float[] Specials = [float.NaN, float.PositiveInfinity, float.NegativeInfinity, 0f, 3e38f, -3e38f, 1e-38f, 1f];
    private static readonly string[] OddLevels = ["<b class=evil>", "a|b", "=1+2", "\u202Eevil", "", " ", "x\ny", "ünï", "&amp;"];

    [Fact]
    public void ProfileAndRender_AnyMessyTable_NeverThrowAndGiveSchemaValidJson()
    {
        var validator = MiniSchemaValidator.Load(Path.Combine(Paths.RepoRoot, "schemas", "personas.schema.json"));
        var property = Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var rng = new Random(seed);
            var n = 2 + rng.Next(150);
            var k = 1 + rng.Next(5);
            var columns = new List<CustomerColumn>();
            for (var c = 0; c < 1 + rng.Next(4); c++)
            {
                var values = Enumerable.Range(0, n).Select(_ => rng.NextDouble() < 0.2 ? Specials[rng.Next(Specials.Length)] : (float)(rng.NextDouble() * 100)).ToArray();
                columns.Add(CustomerColumn.FromNumbers($"num{c}", rng.NextDouble() < 0.2 ? ColumnRole.Boolean : ColumnRole.Numeric, values, "x"));
            }

            var levels = OddLevels.Take(1 + rng.Next(OddLevels.Length)).ToArray();
            columns.Add(CustomerColumn.FromCodes("cat <i class=evil>", Enumerable.Range(0, n).Select(_ => rng.Next(-1, levels.Length)).ToArray(), levels, "x"));
            var table = new CustomerTable("random", null, Enumerable.Range(0, n).Select(i => $"ID{i}").ToArray(), Enumerable.Range(2, n).Select(i => (long)i).ToArray(), columns, []);
            var labels = Enumerable.Range(0, n).Select(_ => rng.Next(k)).ToArray();

            var set = Profiler.Profile(table, labels, k, new ProfilingOptions { MinPersonaSize = rng.Next(30) });
            var info = ReportFixtures.Info(set);
            _ = CardRenderer.ToMarkdown(set, info);
            var html = CardRenderer.ToHtml(set, info);
            var errors = validator.Validate(JsonDocument.Parse(PersonaJsonTests.Document(set)).RootElement);

            Assert.Empty(errors);
            Assert.DoesNotContain("<b class=evil>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<i class=evil>", html, StringComparison.Ordinal);
            Assert.Equal(k, set.Personas.Select(p => p.Name).Distinct(StringComparer.OrdinalIgnoreCase).Count());
            Assert.All(set.Personas.SelectMany(p => p.Comparisons), t => Assert.True(double.IsFinite(t.EffectSize) && t.QValue >= t.PValue, $"{t.EffectSize} {t.PValue} {t.QValue} {t.PersonaValue} {t.RestValue} {t.PersonaCount} {t.RestCount}"));
            return true;
        });

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property);
    }
}
