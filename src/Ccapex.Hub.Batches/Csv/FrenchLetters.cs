namespace Ccapex.Hub.Batches.Csv;

/// <summary>
/// Folds the accented letters of French (and the few others office software meets) to ASCII. Done by table
/// because the hub runs with InvariantGlobalization, where <see cref="string.Normalize()"/> leaves "é" as it is.
/// </summary>
internal static class FrenchLetters
{
    private const string Accented = "àâäáãåçèéêëìíîïñòóôöõøùúûüýÿÀÂÄÁÃÅÇÈÉÊËÌÍÎÏÑÒÓÔÖÕØÙÚÛÜÝŸ";
    private const string Plain = "aaaaaaceeeeiiiinoooooouuuuyyAAAAAACEEEEIIIINOOOOOOUUUUYY";

    /// <summary>The letter without its accent; "œ" and "æ" become two letters. Other characters are returned as they are.</summary>
    public static string Fold(char c)
    {
        var index = Accented.IndexOf(c, StringComparison.Ordinal);
        return index >= 0 ? Plain[index].ToString() : c switch
        {
            'œ' => "oe",
            'Œ' => "OE",
            'æ' => "ae",
            'Æ' => "AE",
            _ => c.ToString(),
        };
    }
}
