-- Start or extend the shared 429 pause (instantly_async.ratelimit.RedisRateLimiter).
-- KEYS[1] pause key; KEYS[2] allowance key (hash {current, changed}).
-- ARGV[1] pause length (us); ARGV[2] base allowance (us); ARGV[3] widest allowance (us);
-- ARGV[4] seconds (us) without a 429 after which a widened allowance halves its way back.
-- Extends the pause, never shortens it. A 429 that starts a new pause (not another reply of the
-- same episode) means the arrival allowance was misjudged: it doubles, for every process.
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local length = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if current <= now then
  local base = tonumber(ARGV[2])
  local allowance = base
  local state = redis.call('HMGET', KEYS[2], 'current', 'changed')
  if state[1] then
    local laps = math.floor((now - tonumber(state[2])) / tonumber(ARGV[4]))
    allowance = base + (tonumber(state[1]) - base) / (2 ^ math.max(laps, 0))
  end
  local widened = math.max(2 * allowance, allowance + base, 10000)
  widened = math.min(widened, math.max(tonumber(ARGV[3]), base))
  redis.call('HSET', KEYS[2], 'current', string.format('%d', widened), 'changed', string.format('%d', now))
  redis.call('PEXPIRE', KEYS[2], math.ceil(tonumber(ARGV[4]) / 1000) * 20)
end
if now + length > current then
  redis.call('SET', KEYS[1], string.format('%d', now + length), 'PX', math.ceil(length / 1000) + 1000)
end
return 1
