# The sample's container, run locally by codestages instead of a container runtime: it answers every GET
# with its COLOR, on the PORT codestages gives each task set (CONTAINER_PORT is the task definition's).
import http.server
import os


class Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("hello from the " + os.environ.get("COLOR", "?") + " task set\n").encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Answer).serve_forever()
