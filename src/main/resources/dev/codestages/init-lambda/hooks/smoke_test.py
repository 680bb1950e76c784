# The sample's hook function (BeforeAllowTraffic and AfterAllowTraffic). CodeDeploy sends
# {"DeploymentId": ..., "LifecycleEventHookExecutionId": ...}; in AWS the function reports with
# PutLifecycleEventHookExecutionStatus. Locally it reports by its answer: {"status": "Succeeded"} or
# {"status": "Failed"} (or by its exit status). Make it fail to see the alias roll back.
import json
import subprocess
import sys

event = json.load(sys.stdin)
answer = subprocess.run([sys.executable, "greeter.py", "Hi"], input='{"name": "smoke test"}',
                        capture_output=True, text=True)
ok = answer.returncode == 0 and "smoke test" in answer.stdout
print(f"deployment {event['DeploymentId']}: {answer.stdout.strip()}", file=sys.stderr)
print(json.dumps({"status": "Succeeded" if ok else "Failed"}))
