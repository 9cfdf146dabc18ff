-- wrk script for `make loadtest`: random paths from the arguments, a count per status code.
local threads = {}

setup = function(thread)
  table.insert(threads, thread)
end

init = function(args)
  paths = {}
  for i, path in ipairs(args) do
    paths[i] = path
  end
  counts = {}
  math.randomseed(os.time() + #threads)
end

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end

response = function(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

done = function(summary, latency, requests)
  local total = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + count
    end
  end
  for status, count in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, count))
  end
  io.write(string.format("SUMMARY %d %.1f %d %d %d %d %d %d %d\n",
    summary.requests, summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read + summary.errors.write,
    summary.errors.timeout, summary.errors.status))
end
