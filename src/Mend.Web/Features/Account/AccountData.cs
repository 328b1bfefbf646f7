using System.Text.Json;
using Mend.Web.Data;
using Mend.Web.Features.Coaching;
using Mend.Web.Features.Import;
using Mend.Web.Features.Ruptures;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Features.Account;

/// <summary>Everything Mend holds about one person, as they download it.</summary>
public sealed record AccountExport(string Email, DateTimeOffset ExportedAt, IReadOnlyList<ExportedRupture> Ruptures, IReadOnlyList<ExportedChatReport> ChatReports, CoachingExport? Coaching = null);

/// <summary>A kept chat report in an export: what it was and the <c>mend analyze --json</c> contract.</summary>
public sealed record ExportedChatReport(Guid Id, string Name, string Format, DateTimeOffset CreatedAt, JsonElement Analysis);

/// <summary>A rupture in an export, with all its notes.</summary>
public sealed record ExportedRupture(
    Guid Id, string Description, string? Cause, string? Severity, JsonElement? Plan, DateTimeOffset CreatedAt, IReadOnlyList<NoteJson> Notes);

/// <summary><c>POST /api/account/delete</c>: the password, to confirm.</summary>
public sealed record DeleteAccountRequest(string? Password);

/// <summary>Export and deletion of a person's data, shared by the account page and the API.</summary>
public static class AccountData
{
    /// <summary>All of the signed-in user's data.</summary>
    public static async Task<AccountExport> ExportAsync(MendDb db, MendUser user, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(clock);
        var ruptures = await db.Ruptures.AsNoTracking().Include(r => r.Notes).OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        var reports = await db.KeptChatReports.AsNoTracking().OrderBy(r => r.CreatedAt).ToListAsync(cancellationToken);
        return new AccountExport(
            user.Email ?? user.UserName ?? "",
            clock.GetUtcNow(),
            [.. ruptures.Select(r => new ExportedRupture(
                r.Id, r.Description, r.Cause, r.Severity, RuptureJson.ParsePlan(r.Plan), r.CreatedAt,
                [.. r.Notes.OrderBy(n => n.CreatedAt).Select(NoteJson.From)]))],
            [.. reports.Select(r => new ExportedChatReport(r.Id, r.Name, r.Format, r.CreatedAt, AnalyzeApi.Parse(r.Json)))],
            await CoachingExport.OfAsync(db, cancellationToken));
    }

    /// <summary>Deletes the user and everything they wrote; false (and nothing deleted) when Identity refuses.</summary>
    public static async Task<IdentityResult> DeleteAsync(MendDb db, UserManager<MendUser> users, MendUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(users);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // Only what is theirs: a rupture they joined as a partner, and its owner's notes, stay with its owner.
        await db.Notes.Where(n => n.AuthorId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.KeptChatReports.Where(r => r.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        await db.Ruptures.Where(r => r.OwnerId == user.Id).ExecuteDeleteAsync(cancellationToken);
        var result = await users.DeleteAsync(user);
        if (result.Succeeded)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return result;
    }
}
