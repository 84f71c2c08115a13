-- Take one permit from every budget, or from none (instantly_async.ratelimit.RedisRateLimiter).
-- KEYS[1]  pause key: end of the current 429 pause, server microseconds
-- KEYS[2]  pacing key: when the next workspace permit is due on the even schedule (GCRA)
-- KEYS[3]  allowance key: hash {current, changed} of the arrival allowance widened by 429s
-- KEYS[4..] grant logs (sorted sets, score = grant time in server microseconds), workspace first
-- ARGV[1]  unique member to add; ARGV[2] base allowance (us); ARGV[3] burst; ARGV[4] seconds
--          (us) without a 429 after which a widened allowance halves its way back; ARGV[5] the
--          caller's cold-start allowance (us: its workspace grant is logged that much later);
--          then per log: the number of rates, then limit and window (us, before the allowance).
-- Returns {1, 0} after granting, or {0, microseconds to wait} having taken nothing.
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = 0
local paused = tonumber(redis.call('GET', KEYS[1]) or 0)
if paused > now then wait = paused - now end

local base = tonumber(ARGV[2])
local allowance = base
local state = redis.call('HMGET', KEYS[3], 'current', 'changed')
if state[1] then
  local laps = math.floor((now - tonumber(state[2])) / tonumber(ARGV[4]))
  local current = base + (tonumber(state[1]) - base) / (2 ^ math.max(laps, 0))
  if current > allowance then allowance = current end
end

local arg = 6
local longest = {}
local interval = 0
for k = 4, #KEYS do
  local n = tonumber(ARGV[arg])
  arg = arg + 1
  local rates = {}
  longest[k] = 0
  for r = 1, n do
    rates[r] = {tonumber(ARGV[arg]), tonumber(ARGV[arg + 1]) + allowance}
    if rates[r][2] > longest[k] then longest[k] = rates[r][2] end
    if k == 4 and rates[r][2] / rates[r][1] > interval then interval = rates[r][2] / rates[r][1] end
    arg = arg + 2
  end
  redis.call('ZREMRANGEBYSCORE', KEYS[k], '-inf', string.format('%d', now - longest[k]))
  for r = 1, n do
    local limit, period = rates[r][1], rates[r][2]
    local start = string.format('(%d', now - period)
    local count = redis.call('ZCOUNT', KEYS[k], start, '+inf')
    if count >= limit then
      local oldest = redis.call('ZRANGEBYSCORE', KEYS[k], start, '+inf', 'WITHSCORES', 'LIMIT', count - limit, 1)
      local free = tonumber(oldest[2]) + period - now
      if free > wait then wait = free end
    end
  end
end

local due = tonumber(redis.call('GET', KEYS[2]) or 0)
local tolerance = (tonumber(ARGV[3]) - 1) * interval
if due - tolerance - now > wait then wait = due - tolerance - now end

if wait > 0 then return {0, math.ceil(wait)} end
for k = 4, #KEYS do
  local logged = now
  if k == 4 then logged = now + tonumber(ARGV[5]) end
  redis.call('ZADD', KEYS[k], logged, ARGV[1])
  redis.call('PEXPIRE', KEYS[k], math.ceil(longest[k] / 1000) + 1000)
end
if due < now then due = now end
due = due + interval
redis.call('SET', KEYS[2], string.format('%d', due), 'PX', math.ceil((due - now) / 1000) + 1000)
return {1, 0}
