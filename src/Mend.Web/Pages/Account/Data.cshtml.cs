using System.Text.Json;
using Mend.Web.Data;
using Mend.Web.Features.Account;
using Mend.Web.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Mend.Web.Pages.Account;

/// <summary>Download all my data as JSON, or delete my account and everything in it.</summary>
public sealed class DataModel(MendDb db, UserManager<MendUser> users, SignInManager<MendUser> signIn, TimeProvider clock) : PageModel
{
    /// <summary>The password that confirms deletion.</summary>
    [BindProperty]
    public string? Password { get; set; }

    /// <summary>The page.</summary>
    public void OnGet()
    {
    }

    /// <summary>The export as a file download.</summary>
    public async Task<IActionResult> OnPostExportAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        var export = await AccountData.ExportAsync(db, user, clock, cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, MendJsonContext.Default.AccountExport);
        return File(bytes, "application/json", "mend-export.json");
    }

    /// <summary>Deletes the account after checking the password, then signs out.</summary>
    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return NotFound();
        }

        if (Password is null || !await users.CheckPasswordAsync(user, Password))
        {
            ModelState.AddModelError("", "The password is not right.");
            return Page();
        }

        var result = await AccountData.DeleteAsync(db, users, user, cancellationToken);
        if (!result.Succeeded)
        {
            ModelState.AddModelError("", "The account could not be deleted: " + string.Join(" ", result.Errors.Select(e => e.Description)));
            return Page();
        }

        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
