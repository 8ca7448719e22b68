# ---
# jupyter:
#   jupytext:
#     formats: py:percent
#   kernelspec:
#     display_name: Python 3
#     language: python
#     name: python3
# ---

# %% [markdown]
# # Russia's mobilisation in numbers, across sources and over time
#
# The seed article (NBC News, 5 Oct 2022) reported Sergei Shoigu's claim that "more than 200,000 people have
# already been drafted". How does that figure sit among the other reports of the same running total, and how did
# the total move?

# %%
import claimsdata

claims = claimsdata.load_claims()
articles = claimsdata.load_articles()
seed = claims[claims["method"] == "extracted"]
seed[["surface", "dimension", "qualifier", "value_low", "speaker", "claim_date", "claim_key"]]

# %% [markdown]
# Every report of the running total, wire copies collapsed: how many outlets carried each statement.

# %%
tl = claimsdata.timeline(claims, "russia_mobilized_total", articles=articles)
tl[["date", "speaker", "surface", "qualifier", "value_low", "value_high", "n_reports", "methods"]]

# %% [markdown]
# The table lists nine distinct reports: the seed article's "more than 200,000" was carried by 14 outlets (it is
# the only one with method `extracted` among them); 222,000, 300,000 and 318,000 followed; four reports carry no
# date and sit at the end.
#
# The figure's history. The seed article's claim is ringed; "more than" claims are arrows up from their bound.

# %%
claimsdata.plot_timeline(claims, "russia_mobilized_total", articles=articles);

# %% [markdown]
# Does "more than 200,000" agree with what came later? Reports on the same day are compared interval by
# interval; later totals are a different point in time (an *update*), never a conflict.

# %%
cmp = claimsdata.compare(claims, "russia_mobilized_total", articles=articles)
cmp.groupby("relation").size()

# %% [markdown]
# No report conflicts with another of the same day: the claims agree with (or refine) those of their day, and
# the rest stand alone on their day.

# %% [markdown]
# The target (300,000) against the hidden caps the media reported, and the totals reached: the different
# quantities are different codebook keys and are never mixed in one series. Each row is one distinct stated
# interval (an "up to" figure has no lower bound).

# %%
keys = ["russia_mobilization_target", "russia_mobilization_target_media_reports", "russia_mobilized_total"]
stated = claims[claims["claim_key"].isin(keys)]
stated.groupby(["claim_key", "qualifier", "value_low", "value_high"], dropna=False, observed=True).size().rename(
    "claims")

# %% [markdown]
# The official target is 300,000 (with one "about 270,000-330,000" reading); the media reported caps of up to
# one million; the totals stated as reached run from about 200,000 to 318,000.
