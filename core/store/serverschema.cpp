#include "core/store/serverschema.h"

#include "core/store/schema.h"
#include "core/store/sqldialect.h"

namespace Cairn::ServerSchema {

namespace {

QStringList roleStatements()
{
    return {
        QStringLiteral(R"(DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cairn_owner') THEN
    CREATE ROLE cairn_owner NOLOGIN;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'cairn_member') THEN
    CREATE ROLE cairn_member NOLOGIN;
  END IF;
END $$)"),
        // The owner grants membership (set_member runs as the owner).
        QStringLiteral("GRANT cairn_member TO cairn_owner WITH ADMIN OPTION"),
        QStringLiteral("CREATE SCHEMA cairn AUTHORIZATION cairn_owner"),
        QStringLiteral("SET LOCAL ROLE cairn_owner"),
        // Anyone may look: the schema's version and the plans they are members of (row-level
        // security), so that a non-member is told so.
        QStringLiteral("GRANT USAGE ON SCHEMA cairn TO PUBLIC"),
    };
}

QStringList bookkeepingTables()
{
    return {
        QStringLiteral("CREATE TABLE cairn.meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE cairn.plans (
  id BIGSERIAL PRIMARY KEY,
  handle TEXT NOT NULL UNIQUE,
  revision BIGINT NOT NULL DEFAULT 0,
  created_by TEXT NOT NULL DEFAULT SESSION_USER,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()))"),
        QStringLiteral(R"(CREATE TABLE cairn.members (
  plan_id BIGINT NOT NULL REFERENCES cairn.plans(id) ON DELETE CASCADE,
  member TEXT NOT NULL,
  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'owner')),
  PRIMARY KEY (plan_id, member)))"),
        QStringLiteral(R"(CREATE TABLE cairn.change_log (
  plan_id BIGINT NOT NULL REFERENCES cairn.plans(id) ON DELETE CASCADE,
  revision BIGINT NOT NULL,
  changed_by TEXT NOT NULL DEFAULT SESSION_USER,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  changed_rows TEXT NOT NULL,
  PRIMARY KEY (plan_id, revision)))"),
    };
}

// Who may do what is decided by the server: the member's role in cairn.members, read by a
// function that runs as the tables' owner (the login role is session_user there).
QStringList accessFunctions()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION cairn.role_of(p BIGINT) RETURNS TEXT
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
  SELECT role FROM cairn.members WHERE plan_id = p AND member = SESSION_USER
$$)"),
        QStringLiteral(R"(CREATE FUNCTION cairn.can_read(p BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT cairn.role_of(p) IS NOT NULL
$$)"),
        QStringLiteral(R"(CREATE FUNCTION cairn.can_write(p BIGINT) RETURNS BOOLEAN
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
  SELECT COALESCE(cairn.role_of(p) IN ('editor', 'owner'), false)
$$)"),
        // Every row's version, author and time are the server's, whatever a client sends.
        QStringLiteral(R"(CREATE FUNCTION cairn.stamp_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    NEW.version := OLD.version + 1;
  ELSE
    NEW.version := 1;
  END IF;
  NEW.changed_by := CURRENT_USER;
  NEW.changed_at := now();
  RETURN NEW;
END $$)"),
    };
}

// Plans and members: made by the first schema and never changed since.
QStringList planFunctions()
{
    return {
        QStringLiteral(R"(CREATE FUNCTION cairn.create_plan(h TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE p BIGINT;
BEGIN
  INSERT INTO cairn.plans (handle) VALUES (h) RETURNING id INTO p;
  INSERT INTO cairn.members (plan_id, member, role) VALUES (p, SESSION_USER, 'owner');
  RETURN p;
END $$)"),
        QStringLiteral(R"(CREATE FUNCTION cairn.set_member(p BIGINT, who TEXT, what TEXT)
RETURNS VOID
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF cairn.role_of(p) IS DISTINCT FROM 'owner'
     AND NOT (SELECT rolsuper FROM pg_roles WHERE rolname = SESSION_USER) THEN
    RAISE EXCEPTION 'cairn: only an owner of the plan may change its members'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = who) THEN
    RAISE EXCEPTION 'cairn: there is no login role %', who USING ERRCODE = 'undefined_object';
  END IF;
  EXECUTE format('GRANT cairn_member TO %I', who);
  INSERT INTO cairn.members (plan_id, member, role) VALUES (p, who, what)
    ON CONFLICT (plan_id, member) DO UPDATE SET role = EXCLUDED.role;
END $$)"),
        QStringLiteral("REVOKE ALL ON FUNCTION cairn.create_plan(TEXT), "
                       "cairn.set_member(BIGINT, TEXT, TEXT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION cairn.create_plan(TEXT), "
                       "cairn.set_member(BIGINT, TEXT, TEXT) TO cairn_member"),
    };
}

// Row-level security and grants on one of a plan's tables (and its trigger, if versioned).
QStringList accessOf(const QString &table, bool versioned)
{
    QStringList out;
    if (versioned)
        out << QStringLiteral("CREATE TRIGGER stamp BEFORE INSERT OR UPDATE ON %1 "
                              "FOR EACH ROW EXECUTE FUNCTION cairn.stamp_row()")
                   .arg(table);
    out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(table)
        << QStringLiteral("CREATE POLICY members_read ON %1 FOR SELECT "
                          "USING (cairn.can_read(plan_id))")
               .arg(table)
        << QStringLiteral("CREATE POLICY editors_write ON %1 FOR ALL "
                          "USING (cairn.can_write(plan_id)) WITH CHECK (cairn.can_write(plan_id))")
               .arg(table)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE, DELETE ON %1 TO cairn_member").arg(table);
    return out;
}

QStringList bookkeepingAccess()
{
    QStringList out;
    out << QStringLiteral("ALTER TABLE cairn.plans ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("CREATE POLICY members_read ON cairn.plans FOR SELECT "
                          "USING (cairn.can_read(id))")
        << QStringLiteral("GRANT SELECT ON cairn.plans TO PUBLIC");
    for (const char *table : {"cairn.members", "cairn.change_log"})
        out << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(QLatin1String(table))
            << QStringLiteral("CREATE POLICY members_read ON %1 FOR SELECT "
                              "USING (cairn.can_read(plan_id))")
                   .arg(QLatin1String(table))
            << QStringLiteral("GRANT SELECT ON %1 TO cairn_member").arg(QLatin1String(table));
    out << QStringLiteral("GRANT SELECT ON cairn.meta TO PUBLIC");
    return out;
}

// The functions a step calls, each made anew by an upgrade (CREATE OR REPLACE keeps their
// grants). Who may write a plan is decided in one place, require_write, which every function
// that writes calls first.
QStringList writeFunctions()
{
    return {
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION cairn.require_write(p BIGINT) RETURNS VOID
LANGUAGE plpgsql STABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
  IF NOT cairn.can_write(p) THEN
    RAISE EXCEPTION 'cairn: % may not change this plan', SESSION_USER
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END $$)"),
        QStringLiteral(R"(CREATE OR REPLACE FUNCTION cairn.lock_plan(p BIGINT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE r BIGINT;
BEGIN
  PERFORM cairn.require_write(p);
  SELECT revision INTO r FROM cairn.plans WHERE id = p FOR UPDATE;
  RETURN r;
END $$)"),
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION cairn.finish_step(p BIGINT, changed TEXT) RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE r BIGINT;
BEGIN
  PERFORM cairn.require_write(p);
  UPDATE cairn.plans SET revision = revision + 1 WHERE id = p RETURNING revision INTO r;
  INSERT INTO cairn.change_log (plan_id, revision, changed_rows) VALUES (p, r, changed);
  PERFORM pg_notify('cairn_plan_' || p,
    r || ' ' || CASE WHEN length(changed) > 7000 THEN '*' ELSE changed END);
  RETURN r;
END $$)"),
        // [first, first + n): past every block reserved before, every id written (next_id) and
        // at_least (what the client has seen); the plans row is locked meanwhile.
        QStringLiteral(
            R"(CREATE OR REPLACE FUNCTION cairn.reserve_ids(p BIGINT, at_least BIGINT, n BIGINT)
RETURNS BIGINT
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE first BIGINT;
BEGIN
  PERFORM cairn.require_write(p);
  IF n < 1 OR n > 1000000 THEN
    RAISE EXCEPTION 'cairn: % ids cannot be reserved at once', n
      USING ERRCODE = 'invalid_parameter_value';
  END IF;
  SELECT GREATEST(reserved_id, at_least) INTO first FROM cairn.plans WHERE id = p FOR UPDATE;
  first := GREATEST(first, COALESCE((SELECT next_id FROM cairn.plan WHERE plan_id = p), 1));
  UPDATE cairn.plans SET reserved_id = first + n WHERE id = p;
  RETURN first;
END $$)"),
        // Only the functions above call it (as the tables' owner).
        QStringLiteral("REVOKE ALL ON FUNCTION cairn.require_write(BIGINT) FROM PUBLIC"),
        QStringLiteral("REVOKE ALL ON FUNCTION cairn.lock_plan(BIGINT), "
                       "cairn.finish_step(BIGINT, TEXT), "
                       "cairn.reserve_ids(BIGINT, BIGINT, BIGINT) FROM PUBLIC"),
        QStringLiteral("GRANT EXECUTE ON FUNCTION cairn.lock_plan(BIGINT), "
                       "cairn.finish_step(BIGINT, TEXT), "
                       "cairn.reserve_ids(BIGINT, BIGINT, BIGINT) TO cairn_member"),
    };
}

// The version of each part of a plan that steps write whole, stamped like a row (revision 3).
QStringList partTable()
{
    QStringList all {
        QStringLiteral(R"(CREATE TABLE IF NOT EXISTS cairn.plan_part (
  plan_id BIGINT NOT NULL REFERENCES cairn.plans(id) ON DELETE CASCADE,
  part TEXT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  changed_by TEXT NOT NULL DEFAULT CURRENT_USER,
  changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (plan_id, part)))"),
        QStringLiteral("DROP TRIGGER IF EXISTS stamp ON cairn.plan_part"),
        QStringLiteral("DROP POLICY IF EXISTS members_read ON cairn.plan_part"),
        QStringLiteral("DROP POLICY IF EXISTS editors_write ON cairn.plan_part"),
    };
    all += accessOf(QStringLiteral("cairn.plan_part"), true);
    return all;
}

} // namespace

int currentRevision()
{
    return 3;
}

int oldestUpgradableVersion()
{
    return 6;
}

QStringList formatUpgradeStatements(int from)
{
    const SqlDialect d = SqlDialect::postgres();
    switch (from) {
    case 6: { // 6 -> 7: the workshop record and the dot vote
        const QStringList keys {QStringLiteral("workshop"), QStringLiteral("workshop_initiative"),
            QStringLiteral("decision"), QStringLiteral("participant"), QStringLiteral("vote"),
            QStringLiteral("effort")};
        QStringList all {QStringLiteral("SET LOCAL ROLE cairn_owner"),
            QStringLiteral("ALTER TABLE cairn.plan ADD COLUMN dots_each BIGINT NOT NULL DEFAULT 5"),
            QStringLiteral(
                "ALTER TABLE cairn.plan ADD COLUMN vote_totals TEXT NOT NULL DEFAULT 'hidden'")};
        // The tables' statements as a new server's, made from the field schema.
        for (const QString &statement : Schema::createStatements(d))
            for (const QString &key : keys)
                if (statement.startsWith(QStringLiteral("CREATE TABLE %1 (").arg(d.table(key))))
                    all << statement;
        for (const Schema::TableInfo &t : Schema::tables())
            if (keys.contains(t.name))
                all += accessOf(d.table(t.name), t.versioned);
        all << QStringLiteral("UPDATE cairn.meta SET value = '7' WHERE key = 'schema_version'");
        return all;
    }
    default:
        return {};
    }
}

QStringList upgradeStatements()
{
    // Without the server's notices of what "IF EXISTS" did not find (printed by `cairn server
    // init` as if something were wrong).
    QStringList all {QStringLiteral("SET LOCAL client_min_messages = warning"),
        QStringLiteral("SET LOCAL ROLE cairn_owner"),
        QStringLiteral("ALTER TABLE cairn.plans ADD COLUMN IF NOT EXISTS reserved_id BIGINT "
                       "NOT NULL DEFAULT 0")};
    all += partTable();
    all += writeFunctions();
    all << QStringLiteral("INSERT INTO cairn.meta (key, value) VALUES ('server_revision', '%1') "
                          "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value")
               .arg(currentRevision());
    return all;
}

int currentVersion()
{
    // Format 8 changed plan files alone (a scenario's overrides packed in one row); a server
    // keeps them row by row as in format 7.
    return 7;
}

QStringList createStatements()
{
    QStringList all = roleStatements() + bookkeepingTables() + accessFunctions();
    all += Schema::createStatements(SqlDialect::postgres());
    const SqlDialect d = SqlDialect::postgres();
    for (const Schema::TableInfo &t : Schema::tables())
        all += accessOf(d.table(t.name), t.versioned);
    all += bookkeepingAccess() + planFunctions() + upgradeStatements();
    all << QStringLiteral("INSERT INTO cairn.meta (key, value) VALUES ('schema_version', '%1')")
               .arg(currentVersion());
    return all;
}

} // namespace Cairn::ServerSchema
