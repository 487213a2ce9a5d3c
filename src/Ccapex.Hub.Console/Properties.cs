using System.Resources;

// The texts are French and live in the main assembly: the console runs with invariant globalization, so no culture is looked up.
[assembly: NeutralResourcesLanguage("fr")]
