# The sample's Lambda function, run locally by codestages: the event JSON comes on standard input,
# the answer goes to standard output. Each published version runs it with its own greeting.
import json
import os
import sys

event = json.load(sys.stdin)
greeting = sys.argv[1] if len(sys.argv) > 1 else "Hello"
name = event.get("name", "world")
print(json.dumps({"message": f"{greeting}, {name}!",
                  "version": os.environ.get("AWS_LAMBDA_FUNCTION_VERSION", "$LATEST")}))
