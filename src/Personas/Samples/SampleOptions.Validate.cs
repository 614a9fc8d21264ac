namespace Personas.Samples;

/// <content>Validation: the limits of the sample generator's options.</content>
public sealed partial record SampleOptions
{
    /// <summary>The fewest customers a sample can have.</summary>
    public const int MinCustomers = 100;

    /// <summary>The most customers a sample can have.</summary>
    public const int MaxCustomers = 1_000_000;

    /// <summary>The last quarter the generator knows.</summary>
    public const int MaxQuarter = 1;

    /// <summary>Checks every option against its allowed values.</summary>
    /// <exception cref="OptionValueException">An option is out of range.</exception>
    public void Validate()
    {
        OptionValueException.Range(Customers, MinCustomers, MaxCustomers, nameof(SampleOptions) + "." + nameof(Customers));
        OptionValueException.Range(Quarter, 0, MaxQuarter, nameof(SampleOptions) + "." + nameof(Quarter), "(0 = the base quarter, 1 = the next quarter)");
    }
}
