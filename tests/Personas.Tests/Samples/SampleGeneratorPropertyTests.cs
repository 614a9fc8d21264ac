using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Personas.Samples;

namespace Personas.Tests.Samples;

public class SampleGeneratorPropertyTests
{
    [Property(MaxTest = 12)]
    public Property Generate_ForAnySeedAndSize_IsDeterministicAndConsistent(int seed, bool nextQuarter) =>
        Prop.ForAll(Gen.Choose(100, 400).ToArbitrary(), customers =>
        {
            var options = new SampleOptions { Customers = customers, Seed = seed, Quarter = nextQuarter ? 1 : 0 };
            var a = SampleGenerator.Generate(options);
            var b = SampleGenerator.Generate(options);
            var ids = a.Customers.Select(c => c.CustomerId).ToHashSet();
            var names = a.PersonaNames.ToHashSet();
            return a.ToCustomersCsv() == b.ToCustomersCsv()
                && a.ToTouchpointsCsv() == b.ToTouchpointsCsv()
                && a.ToTruthCsv() == b.ToTruthCsv()
                && a.Customers.Count == customers
                && ids.Count == customers
                && a.Customers.All(c => names.Contains(c.Persona))
                && a.Events.All(e => ids.Contains(e.CustomerId))
                && a.Customers.Select(c => c.CustomerId).SequenceEqual(a.Customers.Select(c => c.CustomerId).Order(StringComparer.Ordinal));
        });
}
