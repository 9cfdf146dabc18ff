# Varnish in front of the app: serves repeat anonymous reads without touching Python.
#
# The app marks what may be kept (Surrogate-Control: max-age=...) and lists what each answer shows
# (X-Cache-Tags: ,p12,o45,Lorgs,). When content changes, the app sends BAN with X-Ban-Tags (a
# regular expression over those tags) and Wagtail's PURGE for page addresses
# (pagecache/varnish.py, settings VARNISH_URL). Logged-in editors and the admin always pass.
#
# Start: varnishd -a :6081 -f deploy/varnish/default.vcl -p http_resp_hdr_len=65536 -p http_resp_size=131072
# (the bench script replaces the backend port below).
vcl 4.1;

import std;

backend default {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        return (purge);
    }
    if (req.method == "BAN") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        if (!req.http.X-Ban-Tags || req.http.X-Ban-Tags !~ "^,\([A-Za-z0-9|]+\),$") {
            return (synth(400, "X-Ban-Tags missing or malformed"));
        }
        ban("obj.http.X-Cache-Tags ~ " + req.http.X-Ban-Tags);
        return (synth(200, "Banned"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin, documents (privacy checks), search, the language switch and the health check.
    if (req.url ~ "^/(admin|documents|healthz|sprak|static)/?" || req.url ~ "^/(nb|nn)/sok/" || req.url == "/") {
        return (pass);
    }
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    if (req.url ~ "^/api/") {
        # The API's messages follow the visitor's form: keep two variants, not one per header.
        if (req.http.Cookie ~ "(^|;\s*)sprak=nn" || (!(req.http.Cookie ~ "sprak=") && req.http.Accept-Language ~ "^(nn|no-NN)")) {
            set req.http.Accept-Language = "nn";
        } else {
            set req.http.Accept-Language = "nb";
        }
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Only what the app marked as shareable is kept, for as long as it said (until a ban).
    if (beresp.http.Set-Cookie || !beresp.http.Surrogate-Control) {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.ttl = std.duration(regsub(beresp.http.Surrogate-Control, ".*max-age=([0-9]+).*", "\1s"), 0s);
    set beresp.grace = 10s;
    return (deliver);
}

sub vcl_deliver {
    unset resp.http.X-Cache-Tags;
    unset resp.http.Surrogate-Control;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
