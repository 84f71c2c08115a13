-- Take one permit from every budget, or from none (instantly_async.ratelimit.RedisRateLimiter).
-- KEYS[1]  pause key: end of the current 429 pause, server microseconds
-- KEYS[2]  pacing key: when the next workspace permit is due on the even schedule (GCRA)
-- KEYS[3..] grant logs (sorted sets, score = grant time in server microseconds), workspace first
-- ARGV[1]  unique member to add; ARGV[2] pacing interval (us, 0: not paced); ARGV[3] tolerance
--          (us, the burst); then per log: the number of rates, then limit and window (us) each.
-- Returns {1, 0} after granting, or {0, microseconds to wait} having taken nothing.
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local wait = 0
local paused = tonumber(redis.call('GET', KEYS[1]) or 0)
if paused > now then wait = paused - now end
local interval = tonumber(ARGV[2])
local tolerance = tonumber(ARGV[3])
local due = 0
if interval > 0 then
  due = tonumber(redis.call('GET', KEYS[2]) or 0)
  if due - tolerance - now > wait then wait = due - tolerance - now end
end
local arg = 4
local longest = {}
for k = 3, #KEYS do
  local n = tonumber(ARGV[arg])
  arg = arg + 1
  local rates = {}
  longest[k] = 0
  for r = 1, n do
    rates[r] = {tonumber(ARGV[arg]), tonumber(ARGV[arg + 1])}
    if rates[r][2] > longest[k] then longest[k] = rates[r][2] end
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
if wait > 0 then return {0, wait} end
for k = 3, #KEYS do
  redis.call('ZADD', KEYS[k], now, ARGV[1])
  redis.call('PEXPIRE', KEYS[k], math.ceil(longest[k] / 1000) + 1000)
end
if interval > 0 then
  if due < now then due = now end
  redis.call('SET', KEYS[2], string.format('%d', due + interval), 'PX', math.ceil((due + interval - now) / 1000) + 1000)
end
return {1, 0}
