using Microsoft.EntityFrameworkCore;

namespace Mend.Web.Data;

/// <summary>Mend's database on PostgreSQL, for a shared server and several instances. Migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresMendDb(DbContextOptions<PostgresMendDb> options, FreeTextProtector protector, CurrentUser user)
    : MendDb(options, protector, user);
