"""gunicorn's logger, with the access log's request parts redacted like every other log line."""

from gunicorn.glogging import Logger

from config.logging import redact

REQUEST_ATOMS = ("U", "r", "q", "f")  # path, request line, query string, referrer


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in REQUEST_ATOMS:
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        return atoms
