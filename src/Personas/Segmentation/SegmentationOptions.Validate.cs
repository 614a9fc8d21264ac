namespace Personas.Segmentation;

/// <content>Validation: the one place that states the limits of every option.</content>
public sealed partial record SegmentationOptions
{
    /// <summary>The largest number of personas (k) the library builds.</summary>
    public const int MaxK = 100;

    /// <summary>The most worker threads <see cref="MaxDegreeOfParallelism"/> accepts.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Checks every option against its allowed values.</summary>
    /// <exception cref="OptionValueException">An option is out of range; the exception names it (<c>SegmentationOptions.K</c>, ...).</exception>
    public void Validate()
    {
        const string n = nameof(SegmentationOptions) + ".";
        if (K is { } k)
        {
            OptionValueException.Range(k, 2, MaxK, n + nameof(K), "(a persona set needs at least two personas)");
        }

        OptionValueException.Range(KMin, 2, MaxK, n + nameof(KMin));
        OptionValueException.Range(KMax, KMin, MaxK, n + nameof(KMax), "(at least the smallest k tried)");
        OptionValueException.Range(Restarts, 1, 1000, n + nameof(Restarts));
        OptionValueException.Range(StabilityRestarts, 1, 1000, n + nameof(StabilityRestarts));
        OptionValueException.Range(MaxIterations, 1, 100_000, n + nameof(MaxIterations));
        OptionValueException.Range(Tolerance, 0, 1, n + nameof(Tolerance));
        OptionValueException.Range(StabilityResamples, 0, 1000, n + nameof(StabilityResamples));
        OptionValueException.Range(StabilityFraction, double.Epsilon, 1, n + nameof(StabilityFraction));
        OptionValueException.Range(StabilityRowLimit, 2, int.MaxValue, n + nameof(StabilityRowLimit));
        if (!(MinStability >= 0))
        {
            throw new OptionValueException(n + nameof(MinStability), MinStability, "a number of at least 0 (above 1, no k is stable enough and the most stable k is chosen)");
        }

        OptionValueException.Range(MinShare, 0, 1, n + nameof(MinShare));
        OptionValueException.Range(MinClusterSize, 0, int.MaxValue, n + nameof(MinClusterSize));
        OptionValueException.Range(SilhouetteExactLimit, 0, int.MaxValue, n + nameof(SilhouetteExactLimit));
        OptionValueException.Range(SilhouetteSampleSize, 2, int.MaxValue, n + nameof(SilhouetteSampleSize));
        if (MaxDegreeOfParallelism is { } p)
        {
            OptionValueException.Range(p, 1, MaxThreads, n + nameof(MaxDegreeOfParallelism));
        }
    }
}
