namespace Personas.Samples;

/// <summary>Who is in the customer table of a quarter and with which planted persona.</summary>
internal static class Membership
{
    private const long MembershipStream = 1;
    private const long QuarterStream = 2;

    /// <summary>
    /// The members of <paramref name="quarter"/>: quarter 0 is drawn from the catalogue's shares; every later quarter
    /// follows from the one before (so changes accumulate): customers of a removed persona leave, a few continuing
    /// customers switch persona, personas that shrink lose random customers and personas that grow get new ids.
    /// </summary>
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
        IReadOnlyList<(int Number, PersonaSpec Spec)> members = slots.Select((p, i) => (Number: i + 1, Spec: q0[p])).ToList();
        SampleQuarterChange? change = null;
        var next = members.Count + 1;
        for (var q = 1; q <= quarter; q++)
        {
            // Quarter 1 keeps the stream it always had, so its files stay byte-identical.
            var rng = q == 1 ? new SampleRandom(seed, QuarterStream) : new SampleRandom(seed, QuarterStream, q);
            (members, change) = NextQuarter(members, PersonaCatalog.ForQuarter(q - 1), PersonaCatalog.ForQuarter(q), q, customers, rng, ref next);
        }

        return (members, change);
    }

    private static (IReadOnlyList<(int Number, PersonaSpec Spec)>, SampleQuarterChange) NextQuarter(
        IReadOnlyList<(int Number, PersonaSpec Spec)> previous, IReadOnlyList<PersonaSpec> before, IReadOnlyList<PersonaSpec> after, int quarter, int customers, SampleRandom rng, ref int next)
    {
        var namesAfter = after.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var removed = before.SingleOrDefault(s => !namesAfter.Contains(s.Name))?.Name;
        var added = after.SingleOrDefault(s => before.All(o => o.Name != s.Name))?.Name;
        var groups = after.Select(_ => new List<int>()).ToList();
        var switched = new HashSet<int>();
        foreach (var (number, spec) in previous)
        {
            if (spec.Name == removed)
            {
                continue;
            }

            var index = IndexOf(after, spec.Name);
            if (rng.Chance(PersonaCatalog.SwitchRate))
            {
                var weights = after.Select((s, i) => i == index || s.Name == added ? 0.0 : s.Share).ToArray();
                index = rng.Pick(weights);
                switched.Add(number);
            }

            groups[index].Add(number);
        }

        var targets = Apportion(after, customers);
        var kept = new List<(int Number, PersonaSpec Spec)>();
        var newSlots = new List<int>();
        for (var p = 0; p < after.Count; p++)
        {
            var members = groups[p];
            if (members.Count > targets[p])
            {
                rng.Shuffle(members); // the excess churns out of the customer base
                members.RemoveRange(targets[p], members.Count - targets[p]);
            }

            kept.AddRange(members.Select(n => (n, after[p])));
            newSlots.AddRange(Enumerable.Repeat(p, targets[p] - members.Count));
        }

        rng.Shuffle(newSlots);
        var first = next;
        next += newSlots.Count;
        var all = kept.Concat(newSlots.Select((p, i) => (Number: first + i, Spec: after[p]))).OrderBy(m => m.Number).ToList();
        var (shiftedPersona, shiftedTraits) = PersonaCatalog.ShiftOf(quarter);
        var change = new SampleQuarterChange
        {
            Quarter = quarter,
            RemovedPersona = removed,
            AddedPersona = added,
            ShiftedPersona = shiftedPersona,
            ShiftedTraits = shiftedTraits,
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
