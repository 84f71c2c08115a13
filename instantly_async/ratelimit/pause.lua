-- Start or extend the shared 429 pause (instantly_async.ratelimit.RedisRateLimiter).
-- KEYS[1] pause key; ARGV[1] pause length in microseconds. Extends, never shortens.
if redis.replicate_commands then pcall(redis.replicate_commands) end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local length = tonumber(ARGV[1])
local current = tonumber(redis.call('GET', KEYS[1]) or 0)
if now + length > current then
  redis.call('SET', KEYS[1], string.format('%d', now + length), 'PX', math.ceil(length / 1000) + 1000)
end
return 1
