using System;
using Microsoft.CodeAnalysis.Operations;

namespace VioTech.Analyzers.Transport;

/// <summary>Reads a constant <c>TimeSpan</c> expression as a number of days.</summary>
internal static class HstsMaxAge
{
    /// <summary>
    /// Returns the days of <c>TimeSpan.FromDays/FromHours/FromMinutes/FromSeconds(constant)</c> or
    /// <c>new TimeSpan(…)</c> with constant arguments, or null when the value is not constant.
    /// </summary>
    public static double? Days(Microsoft.CodeAnalysis.IOperation? value)
    {
        while (value is IConversionOperation conversion)
        {
            value = conversion.Operand;
        }

        switch (value)
        {
            case IInvocationOperation { TargetMethod.ContainingType.Name: "TimeSpan", Arguments.Length: 1 } call
                when Number(call.Arguments[0].Value) is { } amount:
                return call.TargetMethod.Name switch
                {
                    "FromDays" => amount,
                    "FromHours" => amount / 24,
                    "FromMinutes" => amount / (24 * 60),
                    "FromSeconds" => amount / (24 * 60 * 60),
                    _ => null,
                };
            case IObjectCreationOperation { Type.Name: "TimeSpan" } creation:
                var parts = new double[creation.Arguments.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    if (Number(creation.Arguments[i].Value) is not { } part)
                    {
                        return null;
                    }

                    parts[i] = part;
                }

                return parts.Length switch
                {
                    1 => parts[0] / TimeSpan.TicksPerDay,
                    3 => (parts[0] / 24) + (parts[1] / (24 * 60)) + (parts[2] / (24 * 60 * 60)),
                    >= 4 => parts[0] + (parts[1] / 24) + (parts[2] / (24 * 60)) + (parts[3] / (24 * 60 * 60)),
                    _ => null,
                };
            default:
                return null;
        }
    }

    public static double? Number(Microsoft.CodeAnalysis.IOperation operation) =>
        operation.ConstantValue is { HasValue: true, Value: { } constant } && constant is not string and not bool
            ? Convert.ToDouble(constant, System.Globalization.CultureInfo.InvariantCulture)
            : null;
}
