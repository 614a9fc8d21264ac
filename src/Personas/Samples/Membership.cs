namespace Personas.Samples;

/// <summary>Who is in the customer table of a quarter and with which planted persona.</summary>
internal static class Membership
{
    private const long MembershipStream = 1;
    private const long QuarterStream = 2;

    public static (IReadOnlyList<(int Number, PersonaSpec Spec)> Members, SampleQuarterChange? Change) For(int customers, int seed, int quarter)
    {
        var q0 = PersonaCatalog.Quarter0;
        var slots = new List<int>(customers);
        var counts = Apportion(q0, customers);
        for (var p = 0; p < q0.Count; p++)
        {
            slots.AddRange(Enumerable.Repeat(p, counts[p]));
        }

        new SampleRandom(seed, MembershipStream).Shuffle(slots);
        var base0 = slots.Select((p, i) => (Number: i + 1, Spec: q0[p])).ToList();
        return quarter == 0 ? (base0, null) : NextQuarter(base0, customers, seed);
    }

    private static (IReadOnlyList<(int Number, PersonaSpec Spec)>, SampleQuarterChange) NextQuarter(List<(int Number, PersonaSpec Spec)> base0, int customers, int seed)
    {
        var q1 = PersonaCatalog.Quarter1;
        var rng = new SampleRandom(seed, QuarterStream);
        var names1 = q1.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var removed = PersonaCatalog.Quarter0.Single(s => !names1.Contains(s.Name)).Name;
        var added = q1.Single(s => PersonaCatalog.Quarter0.All(o => o.Name != s.Name)).Name;
        var groups = q1.Select(_ => new List<int>()).ToList();
        var switched = new HashSet<int>();
        foreach (var (number, spec) in base0)
        {
            if (spec.Name == removed)
            {
                continue;
            }

            var index = IndexOf(q1, spec.Name);
            if (rng.Chance(PersonaCatalog.SwitchRate))
            {
                var weights = q1.Select((s, i) => i == index || s.Name == added ? 0.0 : s.Share).ToArray();
                index = rng.Pick(weights);
                switched.Add(number);
            }

            groups[index].Add(number);
        }

        var targets = Apportion(q1, customers);
        var kept = new List<(int Number, PersonaSpec Spec)>();
        var newSlots = new List<int>();
        for (var p = 0; p < q1.Count; p++)
        {
            var members = groups[p];
            if (members.Count > targets[p])
            {
                rng.Shuffle(members); // the excess churns out of the customer base
                members.RemoveRange(targets[p], members.Count - targets[p]);
            }

            kept.AddRange(members.Select(n => (n, q1[p])));
            newSlots.AddRange(Enumerable.Repeat(p, targets[p] - members.Count));
        }

        rng.Shuffle(newSlots);
        var next = base0.Count + 1;
        var all = kept.Concat(newSlots.Select((p, i) => (Number: next + i, Spec: q1[p]))).OrderBy(m => m.Number).ToList();
        var change = new SampleQuarterChange
        {
            RemovedPersona = removed,
            AddedPersona = added,
            ShiftedPersona = PersonaCatalog.StoreRegulars,
            ShiftedTraits = PersonaCatalog.ShiftedTraits,
            SwitchRate = PersonaCatalog.SwitchRate,
            SwitchedCustomerIds = kept.Where(m => switched.Contains(m.Number)).Select(m => m.Number).Order().Select(SampleGenerator.IdOf).ToList(),
            CustomersInBoth = kept.Count,
        };
        return (all, change);
    }

    private static int IndexOf(IReadOnlyList<PersonaSpec> specs, string name)
    {
        for (var i = 0; i < specs.Count; i++)
        {
            if (specs[i].Name == name)
            {
                return i;
            }
        }

        throw new InvalidOperationException("unknown persona " + name);
    }

    /// <summary>Largest-remainder rounding of shares to counts that sum to <paramref name="total"/>.</summary>
    private static int[] Apportion(IReadOnlyList<PersonaSpec> specs, int total)
    {
        var exact = specs.Select(s => s.Share * total).ToArray();
        var counts = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var order = Enumerable.Range(0, specs.Count).OrderByDescending(i => exact[i] - counts[i]).ThenBy(i => i).ToArray();
        for (var k = 0; counts.Sum() < total; k++)
        {
            counts[order[k % order.Length]]++;
        }

        return counts;
    }
}
