# Sourced by the other scripts.
# PostgreSQL refuses to run as root, and the embedded server is started by the portal's JVM. On
# machines where we are root (CI, these workplaces) the JVM therefore runs in a user namespace in
# which we are "nobody" (unshare -U): files keep their real owner, PostgreSQL is satisfied.
als_gewone_gebruiker() {
  if [ "$(id -u)" = 0 ]; then
    exec unshare -U "$@"
  fi
  exec "$@"
}
