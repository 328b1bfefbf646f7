-- wrk script: POST /api/check with a rotating set of everyday and conflict messages (written for this benchmark).
local messages = {
  "see you at 6, I'll bring bread",
  "You NEVER listen, you're so selfish",
  "I'm sorry I forgot your birthday. That was my fault and I'll set a reminder.",
  "whatever. do what you want, I'm done talking",
  "thanks for picking up the kids today, it really helped",
  "I feel hurt when plans change at the last minute. Can we talk tonight?",
  "sorry if you were upset, but you overreacted",
  "running late, train is stuck outside the station",
}
local bodies = {}
for i, m in ipairs(messages) do
  bodies[i] = '{"text":"' .. m:gsub('"', '\\"') .. '"}'
end
local n = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"

request = function()
  n = n % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[n])
end

done = function(summary, latency, requests)
  io.write(string.format("requests/s: %.0f\n", summary.requests / (summary.duration / 1e6)))
  io.write(string.format("p50: %.2f ms  p99: %.2f ms  max: %.2f ms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: connect %d, read %d, write %d, status %d, timeout %d\n",
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.status, summary.errors.timeout))
end
