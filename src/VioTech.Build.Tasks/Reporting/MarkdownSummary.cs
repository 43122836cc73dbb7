using System;
using System.Linq;
using System.Text;
using VioTech.Build.Tasks.Infrastructure;

namespace VioTech.Build.Tasks.Reporting;

/// <summary>Renders the reviewers' summary: counts by severity, rule and file, then every finding and every suppression.</summary>
internal static class MarkdownSummary
{
    public static string Render(ReportModel model)
    {
        var text = new StringBuilder();
        var project = model.ShowsProjects ? " " + TaskText.Format("Report_ColumnProject") + " |" : string.Empty;
        var projectRule = model.ShowsProjects ? "---|" : string.Empty;
        text.Append("# ").Append(model.Title).Append("\n\n");
        text.Append(model.CountsSentence()).Append("\n\n");

        if (model.Active.Count > 0)
        {
            text.Append("## ").Append(TaskText.Format("Report_ByRule")).Append("\n\n| ").Append(TaskText.Format("Report_ColumnRule"))
                .Append(" | ").Append(TaskText.Format("Report_ColumnCount")).Append(" | |\n|---|---:|---|\n");
            foreach (var group in model.Active.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("| ").Append(group.Key).Append(' ').Append(Cell(model.RuleTitle(group.Key))).Append(" | ").Append(group.Count())
                    .Append(" | [").Append(TaskText.Format("Report_Help")).Append("](").Append(ReportModel.HelpUri(group.Key)).Append(") |\n");
            }

            text.Append("\n## ").Append(TaskText.Format("Report_ByFile")).Append("\n\n| ").Append(TaskText.Format("Report_ColumnFile"))
                .Append(" | ").Append(TaskText.Format("Report_ColumnCount")).Append(" |\n|---|---:|\n");
            foreach (var group in model.Active.GroupBy(f => model.Relative(f.File)).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                text.Append("| ").Append(Cell(group.Key)).Append(" | ").Append(group.Count()).Append(" |\n");
            }

            text.Append("\n## ").Append(TaskText.Format("Report_Findings")).Append("\n\n|").Append(project)
                .Append(' ').Append(TaskText.Format("Report_ColumnSeverity")).Append(" | ").Append(TaskText.Format("Report_ColumnRule"))
                .Append(" | ").Append(TaskText.Format("Report_ColumnLocation")).Append(" | ").Append(TaskText.Format("Report_ColumnMessage"))
                .Append(" |\n|").Append(projectRule).Append("---|---|---|---|\n");
            foreach (var finding in model.Active)
            {
                text.Append('|').Append(model.ShowsProjects ? " " + Cell(finding.Project) + " |" : string.Empty)
                    .Append(' ').Append(ReportModel.SeverityText(ReportModel.LevelOf(finding))).Append(" | [").Append(finding.RuleId).Append("](")
                    .Append(ReportModel.HelpUri(finding.RuleId)).Append(") | ").Append(Cell(model.Location(finding))).Append(" | ")
                    .Append(Cell(finding.Message)).Append(" |\n");
            }
        }
        else
        {
            text.Append(TaskText.Format("Report_NoFindings")).Append('\n');
        }

        text.Append("\n## ").Append(TaskText.Format("Report_Suppressions")).Append("\n\n");
        if (model.Suppressed.Count == 0)
        {
            text.Append(TaskText.Format("Report_NoSuppressions")).Append('\n');
            return text.ToString();
        }

        text.Append('|').Append(project).Append(' ').Append(TaskText.Format("Report_ColumnRule")).Append(" | ")
            .Append(TaskText.Format("Report_ColumnLocation")).Append(" | ").Append(TaskText.Format("Report_ColumnKind")).Append(" | ")
            .Append(TaskText.Format("Report_ColumnJustification")).Append(" |\n|").Append(projectRule).Append("---|---|---|---|\n");
        foreach (var finding in model.Suppressed)
        {
            text.Append('|').Append(model.ShowsProjects ? " " + Cell(finding.Project) + " |" : string.Empty)
                .Append(' ').Append(finding.RuleId).Append(" | ").Append(Cell(model.Location(finding))).Append(" | ")
                .Append(Cell(ReportModel.KindText(finding))).Append(" | ")
                .Append(Cell(finding.Justification ?? TaskText.Format("Report_NoJustification"))).Append(" |\n");
        }

        return text.ToString();
    }

    private static string Cell(string value) => value.Replace("|", "\\|").Replace("\r", " ").Replace("\n", " ");
}
