using System.Globalization;
using System.Text;
using Ccapex.Hub.Persistence;

namespace Ccapex.Hub.Journal;

/// <summary>
/// A multi-row <c>VALUES</c> list as a derived table of both databases: PostgreSQL names its columns
/// (<c>AS v(a, b)</c>), SQLite calls them column1, column2...: the caller refers to them through <see cref="Column"/>.
/// </summary>
internal static class JournalValues
{
    public static string Table(StoreProvider provider, int rows, string[] columns, string prefix)
    {
        var sql = new StringBuilder("(VALUES ");
        for (var row = 0; row < rows; row++)
        {
            sql.Append(row == 0 ? "(" : ", (");
            for (var column = 0; column < columns.Length; column++)
            {
                sql.Append(column == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"@{prefix}{columns[column]}{row}");
            }

            sql.Append(')');
        }

        sql.Append(") AS v");
        if (provider == StoreProvider.Postgres)
        {
            sql.Append('(').Append(string.Join(", ", columns)).Append(')');
        }

        return sql.ToString();
    }

    public static string Column(StoreProvider provider, string[] columns, string column) =>
        provider == StoreProvider.Postgres ? $"v.{column}" : $"v.column{Array.IndexOf(columns, column) + 1}";
}
