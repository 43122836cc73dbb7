using System;
using System.Globalization;

namespace VioTech.Analyzers.Secrets;

/// <summary>
/// A message argument with an English and a Spanish form. Roslyn formats diagnostic messages with
/// <c>string.Format(culture, format, args)</c>, so the argument follows the culture of the message
/// it is formatted into (the current UI culture when none is given).
/// </summary>
internal sealed class LocalizedText : IFormattable
{
    private readonly string english;
    private readonly string spanish;

    public LocalizedText(string english, string spanish)
    {
        this.english = english;
        this.spanish = spanish;
    }

    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        // Roslyn passes the culture it formats the message for; without one, LocalizableResourceString
        // picks the UI culture for the message format, so the argument does the same.
#pragma warning disable RS1035 // The UI culture only selects the language of the text, as the resource lookup does.
        var culture = formatProvider as CultureInfo ?? CultureInfo.CurrentUICulture;
#pragma warning restore RS1035
        return culture.TwoLetterISOLanguageName == "es" ? spanish : english;
    }

    public override string ToString() => ToString(null, null);
}
