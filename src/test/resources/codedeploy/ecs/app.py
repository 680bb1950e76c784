# A task's container for the ECS tests: answers every GET with its COLOR, on the PORT codestages gives it.
import http.server
import os


class Answer(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = os.environ["COLOR"].encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.HTTPServer(("127.0.0.1", int(os.environ["PORT"])), Answer).serve_forever()
