namespace EditLint.Diagnostics;

/// <summary>Rule categories; each owns a range of IDs.</summary>
public enum RuleCategory
{
    /// <summary>EL1xxx: quotes and attribution.</summary>
    Sourcing,
    /// <summary>EL2xxx: numbers and figures.</summary>
    Figures,
    /// <summary>EL3xxx: dates and time.</summary>
    Dates,
    /// <summary>EL4xxx: consistency and house style.</summary>
    Consistency,
    /// <summary>EL5xxx: structure and page residue.</summary>
    Structure,
    /// <summary>EL9xxx: the engine itself.</summary>
    Engine,
}
