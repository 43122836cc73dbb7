using System;
using System.Globalization;
using System.Linq;
using System.Net;
using System.Text;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>
/// Renders <c>viotech-report.html</c>: one standalone page (inline style and script, no external
/// asset) that opens from disk, in the UI culture of the build. The script only filters the
/// findings table by severity; the page is complete without it.
/// </summary>
internal static class HtmlReport
{
    private const string Style = @"
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1c2430;background:#fff}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d8dee6;padding-bottom:.25rem}
.summary{font-size:1.05rem;margin:.5rem 0 1rem}.cards{display:flex;gap:.75rem;flex-wrap:wrap}
.card{border:1px solid #d8dee6;border-radius:.5rem;padding:.6rem 1rem;min-width:8rem}.card b{display:block;font-size:1.6rem}
.card.error b{color:#b42318}.card.warning b{color:#b54708}.card.note b{color:#175cd3}.card.suppressed b{color:#475467}
table{border-collapse:collapse;width:100%;margin:.5rem 0;font-size:.92rem}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid #eaecf0;vertical-align:top}
th{background:#f5f7fa}td.num,th.num{text-align:right}code{font-family:ui-monospace,Consolas,monospace;font-size:.88rem}
.level{display:inline-block;border-radius:.25rem;padding:0 .4rem;font-size:.8rem;font-weight:600}
.level.error{background:#fee4e2;color:#b42318}.level.warning{background:#fef0c7;color:#b54708}.level.note{background:#d1e9ff;color:#175cd3}
.filters{margin:.5rem 0}.filters label{margin-right:1rem}footer{margin-top:2rem;color:#667085;font-size:.85rem}
";

    private const string Script = @"
(function(){
  var rows=document.querySelectorAll('#findings tbody tr');
  function apply(){
    var shown=0;
    rows.forEach(function(row){
      var box=document.querySelector('.filters input[value=""'+row.getAttribute('data-level')+'""]');
      var visible=!box||box.checked;
      row.hidden=!visible;
      if(visible){shown++;}
    });
    document.body.setAttribute('data-visible-findings',String(shown));
  }
  document.querySelectorAll('.filters input').forEach(function(box){box.addEventListener('change',apply);});
  apply();
})();
";

    public static string Render(ReportModel model)
    {
        var html = new StringBuilder();
        var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "es" ? "es" : "en";
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(language).Append("\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<meta name=\"generator\" content=\"VioTech.Analyzers ").Append(Encode(model.ToolVersion)).Append("\">\n");
        html.Append("<title>").Append(Encode(model.Title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(Encode(model.Title)).Append("</h1>\n");
        html.Append("<p class=\"summary\" id=\"summary\">").Append(Encode(model.CountsSentence())).Append("</p>\n");

        AppendCards(html, model);
        AppendBySeverity(html, model);
        AppendByRule(html, model);
        AppendByFile(html, model);
        AppendFindings(html, model);
        AppendSuppressions(html, model);

        html.Append("<footer>").Append(Encode(TaskText.Format("Report_Footer", model.ToolVersion))).Append("</footer>\n");
        html.Append("<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void AppendCards(StringBuilder html, ReportModel model)
    {
        html.Append("<div class=\"cards\">\n");
        foreach (var level in ReportModel.Levels)
        {
            html.Append("<div class=\"card ").Append(level).Append("\"><b id=\"count-").Append(level).Append("\">")
                .Append(model.Count(level).ToString(CultureInfo.InvariantCulture)).Append("</b>")
                .Append(Encode(ReportModel.LevelText(level))).Append("</div>\n");
        }

        html.Append("<div class=\"card suppressed\"><b id=\"count-suppressed\">").Append(model.Suppressed.Count.ToString(CultureInfo.InvariantCulture))
            .Append("</b>").Append(Encode(TaskText.Format("Report_Suppressions"))).Append("</div>\n</div>\n");
    }

    private static void AppendBySeverity(StringBuilder html, ReportModel model)
    {
        html.Append("<h2>").Append(Encode(TaskText.Format("Report_BySeverity"))).Append("</h2>\n<table id=\"by-severity\"><thead><tr><th>")
            .Append(Encode(TaskText.Format("Report_ColumnSeverity"))).Append("</th><th class=\"num\">").Append(Encode(TaskText.Format("Report_ColumnCount")))
            .Append("</th></tr></thead><tbody>\n");
        foreach (var level in ReportModel.Levels)
        {
            html.Append("<tr><td>").Append(LevelBadge(level)).Append("</td><td class=\"num\">")
                .Append(model.Count(level).ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendByRule(StringBuilder html, ReportModel model)
    {
        html.Append("<h2>").Append(Encode(TaskText.Format("Report_ByRule"))).Append("</h2>\n");
        if (model.Active.Count == 0)
        {
            html.Append("<p>").Append(Encode(TaskText.Format("Report_NoFindings"))).Append("</p>\n");
            return;
        }

        html.Append("<table id=\"by-rule\"><thead><tr><th>").Append(Encode(TaskText.Format("Report_ColumnRule"))).Append("</th><th>")
            .Append(Encode(TaskText.Format("Report_ColumnTitle"))).Append("</th><th class=\"num\">").Append(Encode(TaskText.Format("Report_ColumnCount")))
            .Append("</th></tr></thead><tbody>\n");
        foreach (var group in model.Active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><td>").Append(RuleLink(group.Key)).Append("</td><td>").Append(Encode(model.RuleTitle(group.Key)))
                .Append("</td><td class=\"num\">").Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendByFile(StringBuilder html, ReportModel model)
    {
        if (model.Active.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(TaskText.Format("Report_ByFile"))).Append("</h2>\n<table id=\"by-file\"><thead><tr><th>")
            .Append(Encode(TaskText.Format("Report_ColumnFile"))).Append("</th><th class=\"num\">").Append(Encode(TaskText.Format("Report_ColumnCount")))
            .Append("</th></tr></thead><tbody>\n");
        foreach (var group in model.Active.GroupBy(f => (model.ShowsProjects ? f.Project + ": " : string.Empty) + model.Relative(f.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            html.Append("<tr><td><code>").Append(Encode(group.Key)).Append("</code></td><td class=\"num\">")
                .Append(group.Count().ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendFindings(StringBuilder html, ReportModel model)
    {
        if (model.Active.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(Encode(TaskText.Format("Report_Findings"))).Append("</h2>\n<div class=\"filters\">");
        foreach (var level in ReportModel.Levels)
        {
            html.Append("<label><input type=\"checkbox\" checked value=\"").Append(level).Append("\"> ").Append(Encode(ReportModel.LevelText(level))).Append("</label>");
        }

        html.Append("</div>\n<table id=\"findings\"><thead><tr>");
        AppendProjectHeader(html, model);
        html.Append("<th>").Append(Encode(TaskText.Format("Report_ColumnSeverity"))).Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnRule")))
            .Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnLocation"))).Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnMessage")))
            .Append("</th></tr></thead><tbody>\n");
        foreach (var finding in model.Active)
        {
            var level = ReportModel.LevelOf(finding);
            html.Append("<tr data-level=\"").Append(level).Append("\">");
            AppendProjectCell(html, model, finding);
            html.Append("<td>").Append(SeverityBadge(level)).Append("</td><td>").Append(RuleLink(finding.RuleId)).Append("</td><td><code>")
                .Append(Encode(model.Location(finding))).Append("</code></td><td>").Append(Encode(finding.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendSuppressions(StringBuilder html, ReportModel model)
    {
        html.Append("<h2>").Append(Encode(TaskText.Format("Report_Suppressions"))).Append("</h2>\n");
        if (model.Suppressed.Count == 0)
        {
            html.Append("<p>").Append(Encode(TaskText.Format("Report_NoSuppressions"))).Append("</p>\n");
            return;
        }

        html.Append("<table id=\"suppressions\"><thead><tr>");
        AppendProjectHeader(html, model);
        html.Append("<th>").Append(Encode(TaskText.Format("Report_ColumnRule"))).Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnLocation")))
            .Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnKind"))).Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnJustification")))
            .Append("</th><th>").Append(Encode(TaskText.Format("Report_ColumnMessage"))).Append("</th></tr></thead><tbody>\n");
        foreach (var finding in model.Suppressed)
        {
            html.Append("<tr data-kind=\"").Append(Encode(finding.SuppressionKind ?? string.Empty)).Append("\">");
            AppendProjectCell(html, model, finding);
            html.Append("<td>").Append(RuleLink(finding.RuleId)).Append("</td><td><code>").Append(Encode(model.Location(finding)))
                .Append("</code></td><td>").Append(Encode(ReportModel.KindText(finding))).Append("</td><td>")
                .Append(Encode(finding.Justification ?? TaskText.Format("Report_NoJustification"))).Append("</td><td>")
                .Append(Encode(finding.Message)).Append("</td></tr>\n");
        }

        html.Append("</tbody></table>\n");
    }

    private static void AppendProjectHeader(StringBuilder html, ReportModel model)
    {
        if (model.ShowsProjects)
        {
            html.Append("<th>").Append(Encode(TaskText.Format("Report_ColumnProject"))).Append("</th>");
        }
    }

    private static void AppendProjectCell(StringBuilder html, ReportModel model, ReportFinding finding)
    {
        if (model.ShowsProjects)
        {
            html.Append("<td>").Append(Encode(finding.Project)).Append("</td>");
        }
    }

    private static string LevelBadge(string level) =>
        "<span class=\"level " + level + "\">" + Encode(ReportModel.LevelText(level)) + "</span>";

    private static string SeverityBadge(string level) =>
        "<span class=\"level " + level + "\">" + Encode(ReportModel.SeverityText(level)) + "</span>";

    private static string RuleLink(string ruleId)
    {
        var help = ReportModel.HelpUri(ruleId);
        return help.Length == 0
            ? "<code>" + Encode(ruleId) + "</code>"
            : "<a href=\"" + Encode(help) + "\"><code>" + Encode(ruleId) + "</code></a>";
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
