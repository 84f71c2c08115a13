-- Give back a permit whose request was never sent (instantly_async.ratelimit.RedisRateLimiter).
-- KEYS[1]  pacing key: when the next workspace permit is due on the even schedule (GCRA)
-- KEYS[2..] grant logs the permit was added to (sorted sets), workspace first
-- ARGV[1]  the permit's member in those logs; ARGV[2] the pacing interval it took (us)
-- The schedule steps back only if the permit was still logged, so a permit is given back once.
-- Returns the number of logs it was removed from.
local removed = 0
for k = 2, #KEYS do
  removed = removed + redis.call('ZREM', KEYS[k], ARGV[1])
end
if removed > 0 then
  local due = redis.call('GET', KEYS[1])
  local ttl = redis.call('PTTL', KEYS[1])
  if due and ttl > 0 then
    redis.call('SET', KEYS[1], string.format('%d', tonumber(due) - tonumber(ARGV[2])), 'PX', ttl)
  end
end
return removed
